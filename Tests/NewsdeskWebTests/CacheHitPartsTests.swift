import HTTPTypes
import NIOCore
import Testing

@testable import NewsdeskWeb

/// The pieces a cache hit answered before the router is made of: each made once where it can be, and each
/// giving what the router's own path gives.
@Suite("Cache hit parts")
struct CacheHitPartsTests {
    private static func fields(forwardedFor: String?) -> HTTPFields {
        var fields = HTTPFields()
        if let forwardedFor { fields[.xForwardedFor] = forwardedFor }
        return fields
    }

    @Test("a connection's client is its peer, read once, unless the peer is a trusted proxy")
    func connectionPeer() throws {
        let proxies = try TrustedProxies(parsing: ["10.0.0.0/8"])
        var direct = ConnectionPeer()
        var reads = 0
        func remote(_ address: String) -> SocketAddress? {
            reads += 1
            return try? SocketAddress(ipAddress: address, port: 4000)
        }
        let first = direct.client(
            remote: remote("192.0.2.7"), headers: Self.fields(forwardedFor: nil), through: proxies)
        let second = direct.client(
            remote: remote("192.0.2.7"), headers: Self.fields(forwardedFor: "203.0.113.9"), through: proxies)
        #expect(first == "192.0.2.7" && second == "192.0.2.7")
        #expect(reads == 1)

        var proxied = ConnectionPeer()
        let viaProxy = proxied.client(
            remote: remote("10.0.0.2"), headers: Self.fields(forwardedFor: "203.0.113.9"), through: proxies)
        let nextViaProxy = proxied.client(
            remote: remote("10.0.0.2"), headers: Self.fields(forwardedFor: "198.51.100.4, 10.0.0.3"), through: proxies)
        let noHeader = proxied.client(
            remote: remote("10.0.0.2"), headers: Self.fields(forwardedFor: nil), through: proxies)
        #expect(viaProxy == "203.0.113.9" && nextViaProxy == "198.51.100.4" && noHeader == "10.0.0.2")
        #expect(reads == 2)

        var socketless = ConnectionPeer()
        #expect(
            socketless.client(remote: nil, headers: Self.fields(forwardedFor: "203.0.113.9"), through: proxies)
                == "unknown")
    }

    @Test("a hit's request id has the router's shape: a hexadecimal prefix and a 16-digit counter, never repeated")
    func requestIDs() {
        let ids = (0..<1000).map { _ in HitRequestID.next() }
        #expect(Set(ids).count == 1000)
        let prefix = ids[0].dropLast(16)
        for id in ids {
            #expect(id.dropLast(16) == prefix)
            #expect(id.suffix(16).allSatisfy { $0.isHexDigit && !$0.isUppercase })
            #expect(UInt64(id.suffix(16), radix: 16) != nil)
        }
        #expect(!prefix.isEmpty && prefix.count <= 16 && UInt64(prefix, radix: 16) != nil)
    }

    @Test("a copy of a cached page is a value: changing it leaves the page in the cache as it was")
    func cachedPageIsAValue() {
        let page = CachedPage(text: "<p>hello</p>", lastModified: .init(timeIntervalSince1970: 1_295_273_100))
        var copy = page
        copy.route = "/{year}/{month}/{file}"
        copy.subject = .post(7)
        let older = CachedPage(text: "<p>hello</p>", lastModified: .init(timeIntervalSince1970: 1_000_000_000))
        let kept = page.keepingLastModified(of: older)
        #expect(page.route == nil && page.subject == .blogWide)
        #expect(copy.route == "/{year}/{month}/{file}" && copy.subject == .post(7) && copy.etag == page.etag)
        #expect(kept.headers[.lastModified] == "Sun, 09 Sep 2001 01:46:40 GMT")
        #expect(page.headers[.lastModified] == "Mon, 17 Jan 2011 14:05:00 GMT")
        #expect(String(buffer: kept.encodedHeaders).contains("Last-Modified: Sun, 09 Sep 2001 01:46:40 GMT\r\n"))
        #expect(String(buffer: page.encodedHeaders).contains("Last-Modified: Mon, 17 Jan 2011 14:05:00 GMT\r\n"))
    }

    @Test("request metrics keep one counter per route, method label and status class, whatever methods arrive")
    func metricHandlesAreBounded() {
        let metrics = RequestMetrics()
        for index in 0..<200 {
            let method = HTTPRequest.Method("CUSTOM\(index)")!
            metrics.record(route: "/", method: method, status: .ok, nanoseconds: 1_000)
            metrics.record(route: "/", method: .get, status: index.isMultiple(of: 2) ? .ok : .notFound, nanoseconds: 1)
        }
        #expect(metrics.handleCount == 3)
    }
}
