import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("The blog's settings in the admin")
struct AdminSettingsTests {
    /// Every field of the settings form, as the page fills it for the demo blog, with changes.
    static func fields(_ changes: [String: String]) -> [(String, String)] {
        let defaults: [(String, String)] = [
            ("title", "War News Updates"), ("description", "News and commentary"),
            ("editor_name", "War News Updates Editor"), ("time_zone", "America/New_York"),
            ("commentary_heading", "My Comment:"), ("posts_per_page", "7"), ("moderation", "publish"),
            ("honeypot", "on"), ("minimum_seconds", "2"), ("rate_per_minute", "5"), ("rate_per_day", "50"),
            ("maximum_links", "2"), ("blocked_words", ""), ("blocked_addresses", ""), ("webhook_url", ""),
            ("source_archive_base", "https://web.archive.org/web/"), ("saves_sources_to_archive", ""),
        ]
        return defaults.map { ($0.0, changes[$0.0] ?? $0.1) }
    }

    @Test(
        "saving changes the blog at once: the page after saving and the public pages show it",
        arguments: TestDatabase.available)
    func save(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let browser = try await signedIn(client, store)
            let response = try await browser.post(
                client, "/admin/settings",
                Self.fields([
                    "title": "WNU Daily", "moderation": "hold-all", "blocked_words": "casino\nviagra",
                    "commentary_heading": "Editor's note:",
                ]))
            #expect(response.status == .seeOther)
            let settings = try await browser.get(client, try #require(response.headers[.location])).text
            #expect(settings.contains("Settings saved."))
            #expect(settings.contains("value=\"WNU Daily\""))
            #expect(settings.contains("<option value=\"hold-all\" selected>"))
            let blog = try await store.blog()
            #expect(blog.title == "WNU Daily" && blog.comments.moderation == .holdAll)
            #expect(blog.comments.blockedWords == ["casino", "viagra"])
            #expect(blog.comments.honeypot)
            let post = try await page(client, referencePath, eventuallyContaining: "WNU Daily")
            #expect(post.contains("Editor&#39;s note:"))
        }
    }

    @Test("bad values are refused with what was typed kept, and nothing is saved")
    func refused() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let browser = try await signedIn(client, store)
            let before = try await store.blog()
            for (field, value, message) in [
                ("time_zone", "Mars/Olympus", "is not a time zone"), ("posts_per_page", "0", "Posts per page"),
                ("webhook_url", "ftp://x", "webhook"), ("title", "", "needs a title"),
                ("rate_per_day", "lots", "Comments per day"),
                ("source_archive_base", "web.archive.org/web/", "The archive address must be a whole address"),
                ("source_archive_base", "javascript:alert(1)//", "The archive address must be a whole address"),
            ] {
                let response = try await browser.post(client, "/admin/settings", Self.fields([field: value]))
                #expect(response.status == .unprocessableContent, "\(field)")
                #expect(response.text.contains(message), "\(field)")
            }
            #expect(try await store.blog() == before)
        }
    }

    @Test("the archive address and the save-at-publish choice are saved; an empty address means no archive")
    func sourceArchive() async throws {
        try await withMemoryDemoApp { client, store in
            let browser = try await signedIn(client, store)
            let page = try await browser.get(client, "/admin/settings").text
            #expect(page.contains("value=\"https://web.archive.org/web/\""))
            #expect(page.contains("Ask the archive to save each story's source when a post is published"))
            let saved = try await browser.post(
                client, "/admin/settings",
                Self.fields(["source_archive_base": "https://archive.example/copies", "saves_sources_to_archive": "on"])
            )
            #expect(saved.status == .seeOther)
            var blog = try await store.blog()
            #expect(blog.sourceArchiveBase == "https://archive.example/copies" && blog.savesSourcesToArchive)
            let shown = try await browser.get(client, "/admin/settings").text
            #expect(shown.contains("name=\"saves_sources_to_archive\" checked"))
            let none = try await browser.post(client, "/admin/settings", Self.fields(["source_archive_base": ""]))
            #expect(none.status == .seeOther)
            blog = try await store.blog()
            #expect(blog.sourceArchiveBase.isEmpty && !blog.savesSourcesToArchive)
            #expect(blog.sourceArchive.copy(of: "https://news.example/a", near: Date()) == nil)
        }
    }
}
