import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Writing posts in the admin")
struct AdminEditorTests {
    /// The editor's fields for a clip post written in Markdown.
    static let clipFields: [(String, String)] = [
        ("title", "Gates in Beijing"), ("source_url", "https://www.stripes.com/news/gates"),
        ("headline", "Gates talks with China's military"), ("outlet", "Stars And Stripes"),
        ("excerpt", "TOKYO — talks **rebooted** the relationship.\n\nSecond paragraph."),
        ("commentary", "I am *not* surprised.\n\n| Side | Says |\n|---|---|\n| China | Yes |"),
        ("labels", "China, Defense Secretary Gates"), ("comment_mode", "open"),
    ]

    @Test(
        "a new post is saved as a draft, then published at its permalink with Markdown rendered",
        arguments: TestDatabase.available)
    func draftThenPublish(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let browser = try await signedIn(client, store)
            let saved = try await browser.post(client, "/admin/posts", Self.clipFields + [("action", "save")])
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            let id = try #require(Int64(location.split(separator: "?")[0].split(separator: "/").last ?? ""))
            let draft = try #require(try await store.post(id: id))
            #expect(draft.status == .draft && draft.format == .markdown)
            #expect(draft.author?.displayName == "War News Updates Editor")
            #expect(draft.labels == ["China", "Defense Secretary Gates"])
            #expect(try await client.execute(uri: draft.path, method: .get).status == .notFound)
            // The editor shows the draft as it was typed.
            let editor = try await browser.get(client, "/admin/posts/\(id)").text
            #expect(editor.contains("value=\"Gates talks with China&#39;s military\""))
            #expect(editor.contains("I am *not* surprised."))
            // Publish.
            let published = try await browser.post(
                client, "/admin/posts/\(id)", Self.clipFields + [("action", "publish")])
            #expect(published.headers[.location]?.contains("Published") == true)
            let post = try #require(try await store.post(id: id))
            #expect(post.status == .published)
            #expect(post.path.hasSuffix("/gates-in-beijing.html"))
            let html = try await page(client, post.path, eventuallyContaining: "Gates in Beijing")
            #expect(
                html.contains("<strong class=\"commentary-heading\">My Comment:</strong> I am <em>not</em> surprised."))
            #expect(html.contains("<td>China</td>"))
            #expect(html.contains("talks <strong>rebooted</strong> the relationship."))
            #expect(
                html.contains(
                    "<a href=\"https://www.stripes.com/news/gates\">Gates talks with China&#39;s military</a> -- Stars And Stripes"
                ))
            let front = try await page(client, "/", eventuallyContaining: "Gates in Beijing")
            #expect(front.contains(post.path))
            let feed = try await client.execute(uri: "/feeds/posts/default", method: .get).text
            #expect(feed.contains("I am &lt;em&gt;not&lt;/em&gt; surprised."))
        }
    }

    @Test("Markdown cannot smuggle script or event handlers into a post")
    func markdownIsCleaned() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let browser = try await signedIn(client, store)
            let hostile = [
                ("title", "Hostile"), ("action", "publish"),
                ("commentary", "Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))"),
                (
                    "body",
                    "<iframe src=\"https://evil.example/\"></iframe><iframe src=\"https://www.youtube.com/embed/abc\"></iframe>"
                ),
            ]
            let response = try await browser.post(client, "/admin/posts", hostile)
            #expect(response.status == .seeOther)
            let post = try #require(try await store.editorialPosts(EditorialFilter(), offset: 0, limit: 1).first)
            let page = try await page(client, post.path, eventuallyContaining: "Hostile")
            // The post's own markup; the page's description repeats the words as escaped text, which is harmless.
            let start = try #require(page.range(of: "<article class=\"post\""))
            let html = String(page[start.lowerBound...].split(separator: "</article>")[0])
            for forbidden in ["<script", "onerror", "javascript:", "evil.example"] {
                #expect(!html.contains(forbidden), "\(forbidden)")
            }
            #expect(html.contains("<iframe src=\"https://www.youtube.com/embed/abc\""))
        }
    }

    @Test("a refused form comes back with every field as typed and a clear message, saving nothing")
    func refused() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let browser = try await signedIn(client, store)
            let before = try await store.postCount()
            let cases: [([(String, String)], String)] = [
                (
                    [("commentary", "  "), ("labels", "Kept <text>")],
                    "Write a title, clip a story or write some commentary"
                ),
                ([("title", "T"), ("source_url", "ftp://x.example/")], "must start with http:// or https://"),
                ([("title", "T"), ("headline", "Orphan headline")], "needs its address"),
                ([("title", "T"), ("action", "schedule")], "Choose the date and time"),
                ([("title", "T"), ("action", "schedule"), ("publish_at", "2001-01-01T10:00")], "That time has passed"),
                ([("title", "T"), ("publish_at", "2011-02-31T10:00")], "not a date"),
            ]
            for (fields, message) in cases {
                let kept = message.hasPrefix("Write") ? [] : [("body", "Kept <text>")]
                let response = try await browser.post(client, "/admin/posts", fields + kept)
                #expect(response.status == .unprocessableContent, "\(message)")
                #expect(response.text.contains(message), "\(message)")
                #expect(response.text.contains("Kept &lt;text&gt;"), "\(message)")
            }
            #expect(try await store.postCount() == before)
        }
    }

    @Test(
        "a post scheduled for later waits; preview shows it without saving anything",
        arguments: TestDatabase.available)
    func scheduleAndPreview(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let browser = try await signedIn(client, store)
            let preview = try await browser.post(client, "/admin/posts", Self.clipFields + [("action", "preview")])
            #expect(preview.status == .ok)
            #expect(preview.headers[.xRobotsTag] == "noindex")
            #expect(preview.text.contains("I am <em>not</em> surprised."))
            #expect(try await store.postCount() == 1)  // the demo post only
            let later = DateFormatting(timeZone: try await store.blog().timeZone).dateTimeLocal(
                Date().addingTimeInterval(7200))
            let scheduled = try await browser.post(
                client, "/admin/posts", Self.clipFields + [("action", "schedule"), ("publish_at", later)])
            #expect(scheduled.headers[.location]?.contains("Scheduled") == true)
            let post = try #require(
                try await store.editorialPosts(EditorialFilter(status: .scheduled), offset: 0, limit: 1).first)
            #expect(abs(post.publishedAt!.timeIntervalSinceNow - 7200) < 61)
            #expect(try await client.execute(uri: post.path, method: .get).status == .notFound)
            #expect(try await store.publishDuePosts(at: Date().addingTimeInterval(7300)) == [post.id!])
            #expect(try await page(client, post.path, eventuallyContaining: "Gates in Beijing").contains("My Comment:"))
        }
    }

    @Test("unpublish, trash and restore", arguments: TestDatabase.available)
    func lifecycle(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let browser = try await signedIn(client, store)
            let response = try await browser.post(client, "/admin/posts", Self.clipFields + [("action", "publish")])
            let location = try #require(response.headers[.location])
            let id = try #require(Int64(location.split(separator: "?")[0].split(separator: "/").last ?? ""))
            let path = try #require(try await store.post(id: id)?.path)
            _ = try await browser.post(client, "/admin/posts/\(id)", Self.clipFields + [("action", "unpublish")])
            #expect(try await store.post(id: id)?.status == .draft)
            _ = try await browser.post(client, "/admin/posts/\(id)/trash", [])
            #expect(try await store.post(id: id)?.status == .trashed)
            let trash = try await browser.get(client, "/admin/posts?status=trashed").text
            #expect(trash.contains("action=\"/admin/posts/\(id)/restore\""))
            let editWhileTrashed = try await browser.post(client, "/admin/posts/\(id)", Self.clipFields)
            #expect(editWhileTrashed.headers[.location]?.contains("Restore") == true)
            _ = try await browser.post(client, "/admin/posts/\(id)/restore", [])
            #expect(try await store.post(id: id)?.status == .draft)
            _ = try await browser.post(client, "/admin/posts/\(id)", Self.clipFields + [("action", "publish")])
            #expect(try await store.post(id: id)?.path == path)
        }
    }

    @Test("an author edits their own posts only")
    func authorRights() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let author = try await signedIn(client, store, email: "ann@example.com", name: "Ann", role: .author)
            // The demo post is the editor's.
            #expect(try await author.get(client, "/admin/posts/1").status == .forbidden)
            let refused = try await author.post(client, "/admin/posts/1", [("title", "Mine now"), ("action", "save")])
            #expect(refused.status == .forbidden)
            #expect(try await author.post(client, "/admin/posts/1/trash", []).status == .forbidden)
            #expect(try await store.post(id: 1)?.title != "Mine now")
            let own = try await author.post(client, "/admin/posts", [("title", "Ann writes"), ("action", "save")])
            #expect(own.status == .seeOther)
            let list = try await author.get(client, "/admin/posts").text
            #expect(list.contains("Ann writes") && !list.contains("Is The Chinese Military"))
            #expect(try await author.get(client, "/admin/settings").status == .forbidden)
        }
    }

    @Test("Fetch refuses the server's own network unless configured, keeping what was typed")
    func fetchRefusesPrivateAddresses() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let browser = try await signedIn(client, store)
            let response = try await browser.post(
                client, "/admin/posts",
                [("action", "fetch"), ("source_url", "http://127.0.0.1:9/story"), ("commentary", "My draft words")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("The story could not be fetched"))
            #expect(response.text.contains("private network"))
            #expect(response.text.contains("My draft words"))
        }
    }
}

extension HTTPField.Name {
    static let xRobotsTag = HTTPField.Name("X-Robots-Tag")!
}
