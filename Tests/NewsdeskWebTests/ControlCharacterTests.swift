import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("NUL and other control characters are refused in every form; bidi controls leave names")
struct ControlCharacterTests {
    static let allStatuses: Set<CommentStatus> = [.published, .pending, .spam, .deleted]

    @Test(
        "a comment with NUL in its name, body or web address: 422, what was typed kept, nothing stored",
        arguments: TestDatabase.available)
    func commentForm(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let before = try await store.comments(onPost: 1, statuses: Self.allStatuses).count
            let cases = [
                ("Ann\u{0}Admin", "Kept words", "", "The name contains"),
                ("Ann", "Kept\u{0}words", "", "The comment contains"),
                ("Ann", "Kept words", "https://a.example/\u{0}", "The web address contains"),
                ("Ann", "Kept\u{1B}[31m words", "", "The comment contains"),
            ]
            for (name, body, url, message) in cases {
                let response = try await postComment(client, name: name, url: url, body: body)
                #expect(response.status == .unprocessableContent, "\(message)")
                #expect(response.text.contains(message), "\(message)")
                #expect(response.text.contains("Kept"), "\(message)")
                #expect(!response.text.contains("\u{0}"), "a NUL is shown as U+FFFD, never sent back raw")
            }
            #expect(try await store.comments(onPost: 1, statuses: Self.allStatuses).count == before)
        }
    }

    @Test("bidi controls are taken out of a commenter's name", arguments: TestDatabase.available)
    func bidiControlsLeaveNames(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let response = try await postComment(
                client, name: "\u{202E}nna\u{2066} \u{202A}Smith\u{2069}\u{202C}", body: "Spoof")
            #expect(response.status == .seeOther)
            let stored = try #require(try await store.comments(onPost: 1, statuses: Self.allStatuses).last)
            #expect(stored.authorName == "nna Smith")
        }
    }

    @Test(
        "signing in with NUL in the address or password fails like a wrong password, and counts",
        arguments: TestDatabase.available)
    func signIn(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            // bcrypt reads up to a NUL: the right password followed by NUL and anything must not match. Attempts
            // at the address with a NUL after it cannot match any account and count under that address.
            let tries = [
                ("ed@example.com", testPassword + "\u{0}anything"), ("ed@example.com", testPassword + "\u{0}"),
                ("ed@example.com", "correct\u{0}"), ("ed@example.com", "\u{0}"),
                ("ed@example.com", testPassword + "\u{1}"), ("ed@example.com\u{0}", testPassword),
            ]
            for (email, password) in tries {
                let (browser, response) = try await NewsdeskWebTests.signIn(
                    client, email: email, password: password, from: "192.0.2.9")
                #expect(browser == nil)
                #expect(response.status == .unauthorized, "\(email.debugDescription) \(password.debugDescription)")
                #expect(response.text.contains("do not match"))
            }
            // Five failures from one address lock the account there, even with the right password.
            let (locked, response) = try await NewsdeskWebTests.signIn(
                client, email: "ed@example.com", from: "192.0.2.9")
            #expect(locked == nil)
            #expect(response.status == .tooManyRequests)
        }
    }

    @Test(
        "the admin's forms refuse NUL with 422 and keep what was typed; user names lose bidi controls",
        arguments: TestDatabase.available)
    func adminForms(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let browser = try await signedIn(client, store)
            let posts = try await store.postCount()
            let post = try await browser.post(
                client, "/admin/posts", [("title", "Kept\u{0}title"), ("commentary", "Kept commentary")])
            #expect(post.status == .unprocessableContent)
            #expect(post.text.contains("The title contains"))
            #expect(post.text.contains("Kept commentary") && post.text.contains("Kept\u{FFFD}title"))
            #expect(try await store.postCount() == posts)

            let settings = try await browser.post(
                client, "/admin/settings",
                [
                    ("title", "War News Updates"), ("description", "Kept\u{0}"), ("editor_name", "Ed"),
                    ("time_zone", "UTC"), ("posts_per_page", "7"), ("moderation", "publish"),
                ])
            #expect(settings.status == .unprocessableContent)
            #expect(settings.text.contains("The description contains"))
            #expect(try await store.blog().description.contains("\u{0}") == false)

            let users = try await store.users().count
            let refused = try await browser.post(
                client, "/admin/users",
                [("email", "ann@example.com"), ("name", "Ann\u{0}"), ("role", "author"), ("password", testPassword)])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("The name contains"))
            #expect(try await store.users().count == users)
            let added = try await browser.post(
                client, "/admin/users",
                [("email", "ann@example.com"), ("name", "\u{202E}Ann"), ("role", "author"), ("password", testPassword)])
            #expect(added.status == .seeOther)
            #expect(try await store.users().contains { $0.displayName == "Ann" })

            let comments = try await store.comments(onPost: 1, statuses: Self.allStatuses).count
            let reply = try await browser.post(client, "/admin/comments/1/reply", [("body", "Kept\u{0}")])
            #expect(reply.status == .seeOther)
            #expect(reply.headers[.location]?.contains("Not%20sent%3A%20The%20comment%20contains") == true)
            #expect(try await store.comments(onPost: 1, statuses: Self.allStatuses).count == comments)
        }
    }

    @Test(
        "a NUL in an address (label, search, feed) is a 400, never a database error",
        arguments: TestDatabase.available)
    func addresses(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, _, _ in
            for uri in [
                "/search/label/%00", "/search?q=%00", "/search?q=a%00b", "/feeds/posts/default/-/%00",
                "/sources/%00", "/feeds/sources/x%00", "/?p=%00",
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .badRequest, "\(uri)")
                #expect(response.text.contains("NUL character"), "\(uri)")
            }
        }
    }
}
