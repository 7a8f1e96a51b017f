import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Junk query strings cannot grow the page cache")
struct CacheBoundTests {
    /// Every address whose page or feed is cached, on the demo blog.
    static let cachedAddresses = [
        "/", "/search/label/China", "/sources/Stars%20And%20Stripes", "/2011/", "/2011/01/",
        "/search?updated-max=2011-01-18T00:00:00-05:00", referencePath, "/sources", "/robots.txt", "/sitemap.xml",
        "/feeds/posts/default", "/feeds/posts/summary", "/feeds/posts/default/-/China", "/feeds/comments/default",
        "/feeds/1/comments/default", "/feeds/sources/Stars%20And%20Stripes", "/atom.xml", "/rss.xml", "/feed.json",
        "/feeds/posts/default?alt=rss&max-results=500",
    ]

    @Test("5,000 distinct junk query strings to each cached address keep it to one page each, within the bound")
    func junkQueriesShareOnePage() async throws {
        let cache = PageCache(byteLimit: 2 << 20)
        try await withMemoryDemoApp(cache: cache) { client, _ in
            for address in Self.cachedAddresses {
                #expect(try await client.execute(uri: address, method: .get).status == .ok, "\(address)")
            }
            let pagesForTheAddresses = cache.pageCount
            let bytesForTheAddresses = cache.byteCount
            for address in Self.cachedAddresses {
                let joiner = address.contains("?") ? "&" : "?"
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for lane in 0..<8 {
                        group.addTask {
                            for number in stride(from: lane, to: 5000, by: 8) {
                                let uri = address + joiner + "x\(number)=\(number)&utm_source=\(number)"
                                let status = try await client.execute(uri: uri, method: .get).status
                                #expect(status == .ok, "\(uri)")
                            }
                        }
                    }
                    try await group.waitForAll()
                }
                #expect(cache.byteCount <= cache.byteLimit)
            }
            #expect(cache.pageCount == pagesForTheAddresses)
            #expect(cache.byteCount == bytesForTheAddresses)
        }
    }

    @Test("numbers written differently are one key, and the feed names itself one way")
    func numbersArePrintedOneWay() async throws {
        let cache = PageCache()
        try await withMemoryDemoApp(cache: cache) { client, _ in
            let first = try await client.execute(uri: "/feeds/posts/default?max-results=500", method: .get)
            let count = cache.pageCount
            for spelling in [
                "/feeds/posts/default?max-results=0500", "/feeds/posts/default?max-results=500&start-index=1",
                "/feeds/posts/default?alt=atom&max-results=500", "/feeds/posts/default?start-index=01&max-results=500",
            ] {
                let response = try await client.execute(uri: spelling, method: .get)
                #expect(response.status == .ok, "\(spelling)")
                #expect(response.body == first.body, "\(spelling)")
            }
            #expect(cache.pageCount == count)
            _ = try await client.execute(uri: "/search?updated-max=2011-01-18T05:00:00Z", method: .get)
            let olderCount = cache.pageCount
            for spelling in [
                "/search?updated-max=2011-01-18T00:00:00-05:00", "/search?updated-max=2011-01-18T05:00:00.000Z&x=1",
            ] {
                #expect(try await client.execute(uri: spelling, method: .get).status == .ok)
            }
            #expect(cache.pageCount == olderCount)
        }
    }

    @Test("distinct real pages beyond the bound push the oldest out instead of growing")
    func realPagesStayWithinTheBound() async throws {
        let cache = PageCache(byteLimit: 96 * 1024)
        try await withMemoryDemoApp(cache: cache) { client, _ in
            for round in 0..<3 {
                for address in Self.cachedAddresses {
                    let status = try await client.execute(uri: address, method: .get).status
                    #expect(status == .ok, "\(round) \(address)")
                    #expect(cache.byteCount <= cache.byteLimit)
                }
            }
            #expect(cache.pageCount < Self.cachedAddresses.count)
        }
    }
}
