import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Users in the admin")
struct AdminUsersTests {
    @Test(
        "an admin adds an author, who can then sign in; mistakes are refused with the form kept",
        arguments: TestDatabase.available)
    func addAuthor(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let admin = try await signedIn(client, store)
            let fields = [("name", "Ann Reporter"), ("email", "Ann@Example.com"), ("role", "author")]
            let added = try await admin.post(client, "/admin/users", fields + [("password", "a long password")])
            #expect(added.status == .seeOther)
            let list = try await admin.get(client, try #require(added.headers[.location])).text
            #expect(list.contains("Ann Reporter can now sign in as ann@example.com."))
            #expect(list.contains("<td>ann@example.com</td><td>author</td>"))
            let (ann, _) = try await signIn(client, email: "ann@example.com", password: "a long password")
            #expect(ann != nil)
            for (extra, message) in [
                ([("password", "short")], "at least 10 characters"),
                ([("password", "another long one"), ("email", "not-an-address")], "is not an e-mail address"),
                ([("password", "another long one")], "already a user"),
            ] {
                let merged = fields.filter { field in !extra.contains { $0.0 == field.0 } } + extra
                let refused = try await admin.post(client, "/admin/users", merged)
                #expect(refused.status == .unprocessableContent, "\(message)")
                #expect(refused.text.contains(message), "\(message)")
                #expect(refused.text.contains("value=\"Ann Reporter\""))
                #expect(!refused.text.contains("another long one"))  // a password is never sent back
            }
            #expect(try await store.users().count == 2)
        }
    }

    @Test("an author cannot see or add users")
    func authorsCannot() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let author = try await signedIn(client, store, email: "ann@example.com", name: "Ann", role: .author)
            #expect(try await author.get(client, "/admin/users").status == .forbidden)
            let refused = try await author.post(
                client, "/admin/users",
                [("name", "Eve"), ("email", "eve@example.com"), ("role", "admin"), ("password", "a long password")])
            #expect(refused.status == .forbidden)
            #expect(try await store.users().count == 1)
            #expect(!(try await author.get(client, "/admin").text.contains("href=\"/admin/users\"")))
        }
    }

    @Test("served over https, the session cookie is also Secure")
    func secureCookie() async throws {
        try await withDemoApp(.sqlite, secureCookies: true) { client, store, _ in
            try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let (_, response) = try await signIn(client, email: "ed@example.com")
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
        }
    }

    @Test("the bookmarklet opens the editor with the story's address, title and the selected text")
    func bookmarklet() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let browser = try await signedIn(client, store)
            let dashboard = try await browser.get(client, "/admin").text
            #expect(
                dashboard.contains(
                    "href=\"javascript:(function(){var e=encodeURIComponent;location.href=&#39;https://wnu.example/admin/posts/new?url="
                ))
            let editor = try await browser.get(
                client,
                "/admin/posts/new?url=https%3A%2F%2Fwww.stripes.com%2Fstory&title=Gates%20talks&text=TOKYO%20%E2%80%94%20talks%20rebooted"
            ).text
            #expect(editor.contains("value=\"https://www.stripes.com/story\""))
            #expect(editor.contains("value=\"Gates talks\""))
            #expect(editor.contains(">TOKYO — talks rebooted</textarea>"))
        }
    }
}
