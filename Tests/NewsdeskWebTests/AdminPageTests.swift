import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Pages written in the admin")
struct AdminPageTests {
    @Test(
        "a new page is served at /p/<slug>.html, linked from the header, and never listed as a post",
        arguments: TestDatabase.available)
    func aboutPage(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let browser = try await signedIn(client, store)
            let fields = [
                ("kind", "page"), ("title", "About"), ("body", "We follow the **war news** since 2008."),
                ("action", "publish"),
            ]
            #expect(try await browser.post(client, "/admin/posts", fields).status == .seeOther)
            let again = try await browser.post(client, "/admin/posts", fields)
            #expect(again.headers[.location]?.contains("%2Fp%2Fabout-2.html") == true)
            let html = try await page(client, "/p/about.html", eventuallyContaining: "war news")
            #expect(html.contains("We follow the <strong>war news</strong> since 2008."))
            let front = try await page(client, "/", eventuallyContaining: "href=\"/p/about.html\"")
            #expect(front.contains("href=\"/p/about.html\""))
            #expect(try await store.publishedPosts(.all, offset: 0, limit: 10).allSatisfy { $0.kind == .post })
            // Its kind stays what it was made as.
            let stored = try #require(try await store.post(atPath: "/p/about.html"))
            let editor = try await browser.get(client, "/admin/posts/\(stored.id!)").text
            #expect(!editor.contains("<select id=\"kind\""))
            #expect(editor.contains("A page (at /p/"))
            _ = try await browser.post(
                client, "/admin/posts/\(stored.id!)",
                [("kind", "post"), ("title", "About us"), ("slug", "about"), ("action", "publish")])
            #expect(try await store.post(id: stored.id!)?.kind == .page)
            #expect(try await store.post(id: stored.id!)?.path == "/p/about.html")
        }
    }
}
