import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("An imported blog's old addresses")
struct ImportedBlogTests {
    static let archive = BlogArchive(
        posts: [
            ArchivedPost(
                id: 1, status: .published, title: "Hello from WordPress", slug: "hello-world",
                path: "/2008/09/hello-world.html", publishedAt: Date(millisecondsSince1970: 1_220_000_000_000),
                updatedAt: Date(millisecondsSince1970: 1_220_000_000_000), bodyHTML: "<p>Imported body.</p>",
                sourceKey: "wordpress:12"),
            ArchivedPost(
                id: 2, kind: .page, status: .published, title: "About this blog", slug: "about", path: "/p/about.html",
                publishedAt: Date(millisecondsSince1970: 1_220_000_000_000),
                updatedAt: Date(millisecondsSince1970: 1_220_000_000_000), bodyHTML: "<p>Who we are.</p>"),
            ArchivedPost(
                id: 3, status: .draft, title: "Unfinished", slug: "unfinished", path: "/2008/09/unfinished.html",
                publishedAt: nil, updatedAt: Date(millisecondsSince1970: 1_220_000_000_000)),
        ],
        comments: [
            ArchivedComment(
                id: 1, post: 1, authorName: "", body: "First!",
                createdAt: Date(millisecondsSince1970: 1_220_000_100_000),
                status: .published, legacyAnchor: "c8245519", sourceKey: "blogger:c1")
        ],
        redirects: [
            Redirect(from: "/?p=12", to: "/2008/09/hello-world.html"),
            Redirect(from: "/2008/09/01/hello-world/", to: "/2008/09/hello-world.html"),
            Redirect(from: "/?page_id=2", to: "/p/about.html"),
        ]
    )

    func withImportedBlog(
        _ database: TestDatabase, _ test: @escaping @Sendable (any TestClientProtocol, SQLStore) async throws -> Void
    ) async throws {
        try await withDemoApp(database) { client, store, _ in
            _ = try await store.importArchive(Self.archive, options: .init()) { _, _ in }
            try await test(client, store)
        }
    }

    @Test(
        "old WordPress addresses, a post's comment feed included, answer 301; unknown ones still 404",
        arguments: TestDatabase.available)
    func redirects(database: TestDatabase) async throws {
        try await withImportedBlog(database) { client, store in
            for (old, new) in [
                ("/?p=12", "/2008/09/hello-world.html"), ("/2008/09/01/hello-world/", "/2008/09/hello-world.html"),
                ("/?page_id=2", "/p/about.html"),
            ] {
                let response = try await client.execute(uri: old, method: .get)
                #expect(response.status == .movedPermanently, "\(old)")
                #expect(response.headers[.location] == new)
            }
            let id = try #require(try await store.post(atPath: "/2008/09/hello-world.html")?.id)
            let feed = try await client.execute(uri: "/2008/09/01/hello-world/feed/", method: .get)
            #expect(feed.status == .movedPermanently)
            #expect(feed.headers[.location] == "/feeds/\(id)/comments/default")
            #expect(try await client.execute(uri: "/2008/09/01/nothing/feed/", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/?p=99", method: .get).status == .ok, "the front page, as before")
            #expect(try await client.execute(uri: "/2008/09/02/nothing-here/", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/2008/09/hello-world.html", method: .get).status == .ok)
        }
    }

    @Test(
        "pages answer at /p/…html, are linked from every page but not listed as posts; drafts stay private",
        arguments: TestDatabase.available)
    func pages(database: TestDatabase) async throws {
        try await withImportedBlog(database) { client, _ in
            let page = try await client.execute(uri: "/p/about.html", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("Who we are."))
            let front = try await client.execute(uri: "/", method: .get).text
            #expect(front.contains("Hello from WordPress"))
            #expect(front.contains("<a href=\"/p/about.html\">About this blog</a>"))
            #expect(!front.contains("Who we are."))
            #expect(try await client.execute(uri: "/2008/09/unfinished.html", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/p/hello-world.html", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/2008/09/about.html", method: .get).status == .notFound)
        }
    }

    @Test("a Blogger comment link ?showComment=<ms>#c<old id> lands on the comment", arguments: TestDatabase.available)
    func oldCommentLinks(database: TestDatabase) async throws {
        try await withImportedBlog(database) { client, _ in
            let response = try await client.execute(
                uri: "/2008/09/hello-world.html?showComment=1220000100000", method: .get)
            #expect(response.status == .ok)
            let html = response.text
            let anchor = try #require(html.range(of: "<span id=\"c8245519\"></span>"))
            let body = try #require(html.range(of: "First!"))
            #expect(anchor.upperBound < body.lowerBound)
        }
    }
}
