import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Feeds at Blogger's addresses, the sitemap and robots.txt")
struct FeedRoutesTests {
    func entries(_ xml: String) -> Int { xml.components(separatedBy: "<entry>").count - 1 }

    @Test("every feed address answers in its format", arguments: TestDatabase.available)
    func formats(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, _ in
            let cases: [(String, String)] = [
                ("/feeds/posts/default", "application/atom+xml"), ("/feeds/posts/summary", "application/atom+xml"),
                ("/feeds/posts/default?alt=rss", "application/rss+xml"),
                ("/feeds/posts/default?alt=json", "application/feed+json"),
                ("/feeds/comments/default", "application/atom+xml"), ("/atom.xml", "application/atom+xml"),
                ("/rss.xml", "application/rss+xml"), ("/feed.json", "application/feed+json"),
                ("/feeds/posts/default/-/Defense%20Secretary%20Gates", "application/atom+xml"),
                ("/feeds/sources/Reuters", "application/atom+xml"),
            ]
            for (uri, type) in cases {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType] == "\(type); charset=utf-8", "\(uri)")
                #expect(response.headers[.lastModified] != nil, "\(uri)")
            }
            let label = try await client.execute(uri: "/feeds/posts/default/-/Afghanistan", method: .get).text
            #expect(entries(label) == 2)
            #expect(!(try await client.execute(uri: "/feeds/posts/summary", method: .get).text.contains("<content")))
        }
    }

    @Test("max-results and start-index page through entries; bad values are a 400", arguments: TestDatabase.available)
    func paging(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, _ in
            let first = try await client.execute(uri: "/feeds/posts/default?max-results=1", method: .get).text
            let second = try await client.execute(uri: "/feeds/posts/default?max-results=1&start-index=2", method: .get)
                .text
            #expect(entries(first) == 1 && entries(second) == 1)
            #expect(first.contains("Notes on drones") && second.contains("Iraq withdrawal timetable"))
            #expect(
                first.contains(
                    "<link rel=\"next\" type=\"application/atom+xml\" href=\"https://wnu.example/feeds/posts/default?start-index=2&amp;max-results=1\"/>"
                ))
            #expect(entries(try await client.execute(uri: "/feeds/posts/default", method: .get).text) == 5)
            for bad in ["max-results=0", "max-results=501", "start-index=0", "alt=xml", "max-results=ten"] {
                #expect(
                    try await client.execute(uri: "/feeds/posts/default?\(bad)", method: .get).status == .badRequest,
                    "\(bad)")
            }
            #expect(try await client.execute(uri: "/feeds/posts/other", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/feeds/posts/default/-/Nowhere", method: .get).status == .notFound)
            let nowhere = "/feeds/posts/default/-/Nowhere?start-index=3"
            #expect(try await client.execute(uri: nowhere, method: .get).status == .notFound)
            // Past a label's last post its feed is empty, as Blogger's is, not missing.
            let past = try await client.execute(uri: "/feeds/posts/default/-/Afghanistan?start-index=3", method: .get)
            #expect(past.status == .ok && entries(past.text) == 0)
        }
    }

    @Test(
        "comment feeds hold published comments; a post's feed answers at our id and at the old Blogger id",
        arguments: TestDatabase.available)
    func comments(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, store in
            let all = try await client.execute(uri: "/feeds/comments/default", method: .get).text
            #expect(all.contains("Great analysis") && all.contains("Finally &lt;b&gt;home&lt;/b&gt;"))
            #expect(!all.contains("Held for review") && !all.contains("Buy pills") && !all.contains("On a draft"))
            let gates = try #require(try await store.post(atPath: "/2011/01/gates-visits-beijing.html")?.id)
            let own = try await client.execute(uri: "/feeds/\(gates)/comments/default", method: .get).text
            #expect(entries(own) == 1 && own.contains("Great analysis"))
            let review = try #require(try await store.post(atPath: "/2010/12/year-end-review.html")?.id)
            let old = try await client.execute(uri: "/feeds/8245519123456789012/comments/default", method: .get)
            #expect(old.status == .ok)
            #expect(old.text.contains("Comments on Year-end Afghanistan review"))
            #expect(old.text.contains("https://wnu.example/2010/12/year-end-review.html"))
            // Blogger's id leads to the same post's feed as ours.
            let ours = try await client.execute(uri: "/feeds/\(review)/comments/default", method: .get).text
            #expect(ours.contains("Comments on Year-end Afghanistan review"))
            #expect(try await client.execute(uri: "/feeds/99999/comments/default", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/feeds/12ab/comments/default", method: .get).status == .notFound)
        }
    }

    @Test(
        "a feed answers 304 to its ETag or its Last-Modified, and changes after a new comment",
        arguments: TestDatabase.available)
    func conditional(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, _ in
            let first = try await client.execute(uri: "/feeds/comments/default", method: .get)
            let etag = try #require(first.headers[.eTag])
            let modified = try #require(first.headers[.lastModified])
            let byTag = try await client.execute(
                uri: "/feeds/comments/default", method: .get, headers: [.ifNoneMatch: etag])
            #expect(byTag.status == .notModified)
            let byDate = try await client.execute(
                uri: "/feeds/comments/default", method: .get, headers: [.ifModifiedSince: modified])
            #expect(byDate.status == .notModified)
            try await postComment(client, name: "Reader", body: "A brand new remark")
            let feed = try await page(client, "/feeds/comments/default", eventuallyContaining: "A brand new remark")
            #expect(feed.contains("A brand new remark"))
            let head = try await client.execute(uri: "/feeds/comments/default", method: .head)
            #expect(head.status == .ok && head.body.readableBytes == 0)
        }
    }

    @Test("the sitemap lists public addresses with lastmod; robots.txt names it", arguments: TestDatabase.available)
    func sitemapAndRobots(database: TestDatabase) async throws {
        try await withNewsroomApp(database) { client, _ in
            let sitemap = try await client.execute(uri: "/sitemap.xml", method: .get).text
            #expect(sitemap.contains("<loc>https://wnu.example\(referencePath)</loc><lastmod>"))
            #expect(sitemap.contains("<loc>https://wnu.example/p/about.html</loc>"))
            #expect(!sitemap.contains("secret-draft") && !sitemap.contains("drones-tomorrow"))
            let robots = try await client.execute(uri: "/robots.txt", method: .get)
            #expect(robots.headers[.contentType] == "text/plain; charset=utf-8")
            #expect(robots.text.contains("Sitemap: https://wnu.example/sitemap.xml"))
            #expect(robots.text.contains("Disallow: /search\n"))
        }
    }
}
