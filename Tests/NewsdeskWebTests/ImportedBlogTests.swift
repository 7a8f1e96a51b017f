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
            Redirect(from: "/2008/09/03/no-slash", to: "/2008/09/hello-world.html"),
            Redirect(from: "/?p=13", to: "/2008/09/unfinished.html"),
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
        "old WordPress addresses with and without the trailing slash, and their feeds, answer 301; unknown ones 404",
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
            for unknown in ["/?p=99", "/?page_id=99", "/?p=13", "/?p=3"] {
                let response = try await client.execute(uri: unknown, method: .get)
                #expect(response.status == .notFound, "\(unknown): a 404, not the front page")
                #expect(response.text.contains("<html"), "\(unknown): the themed 404 page")
            }
            for (old, new) in [
                ("/2008/09/01/hello-world", "/2008/09/hello-world.html"),
                ("/2008/09/03/no-slash/", "/2008/09/hello-world.html"),
                ("/2008/09/03/no-slash/feed/", "/feeds/\(id)/comments/default"),
                ("/2008/09/03/no-slash/feed", "/feeds/\(id)/comments/default"),
            ] {
                let response = try await client.execute(uri: old, method: .get)
                #expect(response.status == .movedPermanently, "\(old)")
                #expect(response.headers[.location] == new, "\(old)")
            }
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

    @Test("a post trashed after the import: its old addresses answer 404", arguments: TestDatabase.available)
    func trashedPost(database: TestDatabase) async throws {
        try await withImportedBlog(database) { client, store in
            let id = try #require(try await store.post(atPath: "/2008/09/hello-world.html")?.id)
            #expect(try await store.trashPost(id: id))
            try await Task.sleep(for: .milliseconds(300))  // The change watcher drops the remembered post.
            for old in ["/?p=12", "/2008/09/01/hello-world/"] {
                #expect(try await client.execute(uri: old, method: .get).status == .notFound, "\(old)")
            }
        }
    }

    @Test("an empty comment feed is dated by the blog's last change, not 1970", arguments: TestDatabase.available)
    func emptyFeedTime(database: TestDatabase) async throws {
        try await withImportedBlog(database) { client, store in
            let changed = try #require(try await store.lastChangeTime())
            let about = try #require(try await store.post(atPath: "/p/about.html")?.id)
            let feed = try await client.execute(uri: "/feeds/\(about)/comments/default", method: .get)
            #expect(feed.status == .ok)
            #expect(!feed.text.contains("<entry>"), "the page has no comments")
            #expect(!feed.text.contains("1970-01-01"))
            let dates = DateFormatting(timeZone: try await store.blog().timeZone)
            #expect(feed.text.contains("<updated>\(dates.iso8601(changed))</updated>"))
        }
    }
}
