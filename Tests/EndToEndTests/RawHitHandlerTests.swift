import Foundation
import Testing

/// Cache hits answered from the connection's bytes (`RawHitHandler`), over real TCP against the binary: the
/// same answers as the handlers after the decoder give.
@Suite("Cache hits answered before the HTTP decoder")
struct RawHitHandlerTests {
    static let post = CacheHitHandlerTests.post
    static let host = "Host: 127.0.0.1\r\n"
    /// A request the cache never answers: after it, the connection's requests all go through the decoder.
    static let toTheDecoder = "GET /search?q=gates HTTP/1.1\r\n\(host)\r\n"
    static let close = "GET /healthz HTTP/1.1\r\n\(host)Connection: close\r\n\r\n"

    /// What `requests` get on a new connection, as text, read until the server closes it.
    static func exchange(_ requests: String, port: Int) async throws -> String {
        let socket = try RawSocket(to: "127.0.0.1", port: port)
        #expect(socket.send(requests))
        return String(decoding: await socket.readToEnd(timeout: .seconds(20)) ?? [], as: UTF8.self)
    }

    /// A response's fields without the ones that differ from one response to the next.
    static func stableFields(_ fields: [String: String]) -> [String: String] {
        fields.filter { $0.key != "x-request-id" && $0.key != "date" }
    }

    @Test("a hit read from the bytes and the same hit read by the decoder get the same status, headers and body")
    func sameAnswer() async throws {
        try await CacheHitHandlerTests.withServer { server in
            let conditional = "If-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT\r\n"
            for request in [
                "GET \(Self.post) HTTP/1.1\r\n\(Self.host)\r\n",
                "HEAD \(Self.post) HTTP/1.1\r\n\(Self.host)\r\n",
                "GET / HTTP/1.1\r\n\(Self.host)\(conditional)\r\n",
                "GET /feeds/posts/default HTTP/1.1\r\n\(Self.host)\r\n",
            ] {
                let raw = try await Self.exchange(request + Self.close, port: server.port)
                let decoded = try await Self.exchange(Self.toTheDecoder + request + Self.close, port: server.port)
                let rawHeads = CacheHitHandlerTests.heads(in: raw)
                let decodedHeads = CacheHitHandlerTests.heads(in: decoded)
                try #require(rawHeads.count == 2 && decodedHeads.count == 3, "\(request)")
                #expect(rawHeads[0].status == decodedHeads[1].status, "\(request)")
                #expect(
                    Self.stableFields(rawHeads[0].fields) == Self.stableFields(decodedHeads[1].fields), "\(request)")
                let isHead = request.hasPrefix("HEAD")
                let rawBody = Self.bodies(in: raw, headRequests: isHead ? [0] : [])[0]
                let decodedBody = Self.bodies(in: decoded, headRequests: isHead ? [1] : [])[1]
                #expect(isHead ? rawBody.isEmpty : rawBody.count > 1000, "\(request)")
                // The form token differs per response; the rest of the page is the same.
                #expect(Self.maskingTokens(rawBody) == Self.maskingTokens(decodedBody), "\(request)")
            }
        }
    }

    @Test("a head split over two packets, and heads the bytes reader leaves alone, are answered by the decoder")
    func leftToTheDecoder() async throws {
        try await CacheHitHandlerTests.withServer { server in
            let socket = try RawSocket(to: "127.0.0.1", port: server.port)
            #expect(socket.send("GET \(Self.post) HT"))
            try await Task.sleep(for: .milliseconds(200))
            #expect(socket.send("TP/1.1\r\n\(Self.host)\r\nGET \(Self.post) HTTP/1.1\r\n\(Self.host)\r\n" + Self.close))
            let split = String(decoding: await socket.readToEnd(timeout: .seconds(20)) ?? [], as: UTF8.self)
            #expect(CacheHitHandlerTests.statuses(in: split).map { $0.prefix(3) } == ["200", "200", "200"])
            // The same requests on a fresh connection and on one already at the decoder get the same status.
            for request in [
                "GET \(Self.post) HTTP/1.0\r\n\(Self.host)\r\n",
                "GET \(Self.post) HTTP/1.1\r\n\r\n",
                "GET \(Self.post) HTTP/1.1\r\n\(Self.host)Host: other\r\n\r\n",
                "GET \(Self.post) HTTP/1.1\r\n\(Self.host)X-Folded: a\r\n b\r\n\r\n",
                "GET \(Self.post) HTTP/1.1\r\n\(Self.host)Content-Length: 0\r\n\r\n",
                "GET \(Self.post) HTTP/1.1\r\nHost: 127.0.0.1\nX-Smuggled: a\r\n\r\n",
            ] {
                let fresh = try await Self.exchange(request + Self.close, port: server.port)
                let after = try await Self.exchange(Self.toTheDecoder + request + Self.close, port: server.port)
                let freshStatus = CacheHitHandlerTests.statuses(in: fresh).first.map { $0.prefix(3) }
                let afterStatus = CacheHitHandlerTests.statuses(in: after).dropFirst().first.map { $0.prefix(3) }
                #expect(freshStatus != nil && freshStatus == afterStatus, "\(request.debugDescription)")
            }
            let health = try await Self.exchange(Self.close, port: server.port)
            #expect(health.hasSuffix("\r\n\r\nok\n"), "the server no longer answers")
        }
    }

    @Test("on one kept-alive connection, uncached pages asked one at a time and hits between them come back in order")
    func hitsBetweenUncachedPages() async throws {
        try await CacheHitHandlerTests.withServer { server in
            let socket = try RawSocket(to: "127.0.0.1", port: server.port)
            let post = "GET \(Self.post) HTTP/1.1\r\n\(Self.host)\r\n"
            // Each uncached request goes on alone and is answered before the next arrives; the hits after it
            // are read from the bytes again, one of them with a HEAD behind it in the same packet.
            for part in [
                Self.toTheDecoder, post, "GET /search?q=china HTTP/1.1\r\n\(Self.host)\r\n",
                post + "HEAD \(Self.post) HTTP/1.1\r\n\(Self.host)\r\n", Self.close,
            ] {
                #expect(socket.send(part))
                try await Task.sleep(for: .milliseconds(300))
            }
            let text = String(decoding: await socket.readToEnd(timeout: .seconds(20)) ?? [], as: UTF8.self)
            #expect(
                CacheHitHandlerTests.statuses(in: text).map { $0.prefix(3) } == [
                    "200", "200", "200", "200", "200", "200",
                ])
            let titles = text.components(separatedBy: "<title>").dropFirst().map { String($0.prefix(60)) }
            #expect(titles.count == 4, "\(titles)")
            #expect(titles.map { $0.contains("Search results") } == [true, false, true, false], "\(titles)")
            #expect(text.hasSuffix("\r\n\r\nok\n"), "the last answer was not the health probe's")
        }
    }

    @Test("hits on one connection, one at a time and pipelined, each get their own token and id, the same page")
    func ownTokens() async throws {
        try await CacheHitHandlerTests.withServer { server in
            let get = "GET \(Self.post) HTTP/1.1\r\n\(Self.host)\r\n"
            let socket = try RawSocket(to: "127.0.0.1", port: server.port)
            // One at a time, each after the one before was answered (so that it is written into that one's
            // bytes); then three in one read.
            for _ in 0..<3 {
                #expect(socket.send(get))
                try await Task.sleep(for: .milliseconds(150))
            }
            #expect(socket.send(get + get + get + Self.close))
            let text = String(decoding: await socket.readToEnd(timeout: .seconds(20)) ?? [], as: UTF8.self)
            let heads = CacheHitHandlerTests.heads(in: text)
            try #require(heads.count == 7, "\(heads.map(\.status))")
            let bodies = Array(Self.bodies(in: text, headRequests: []).prefix(6))
            let tokens = bodies.compactMap { body in
                body.range(of: #"name="token" value="[^"]*""#, options: .regularExpression).map { String(body[$0]) }
            }
            #expect(tokens.count == 6 && Set(tokens).count == 6, "\(tokens)")
            #expect(Set(heads.prefix(6).compactMap { $0.fields["x-request-id"] }).count == 6)
            #expect(Set(bodies.map(Self.maskingTokens)).count == 1, "the pages differ beyond their tokens")
        }
    }

    /// The bodies of the responses in `text`, read by their Content-Length; the responses to HEAD requests
    /// (their positions in `headRequests`) have none.
    static func bodies(in text: String, headRequests: Set<Int>) -> [String] {
        var rest = Substring(text)
        var bodies: [String] = []
        while let end = rest.range(of: "\r\n\r\n") {
            let head = CacheHitHandlerTests.heads(in: String(rest[..<end.upperBound]))
            let length =
                headRequests.contains(bodies.count) ? 0 : head.first?.fields["content-length"].flatMap(Int.init) ?? 0
            let bytes = Array(rest[end.upperBound...].utf8)
            bodies.append(String(decoding: bytes.prefix(length), as: UTF8.self))
            rest = Substring(String(decoding: bytes.dropFirst(length), as: UTF8.self))
        }
        return bodies
    }

    /// `text` with the comment form's token values replaced.
    static func maskingTokens(_ text: String) -> String {
        text.replacingOccurrences(of: #"name="token" value="[^"]*""#, with: "TOKEN", options: .regularExpression)
    }
}
