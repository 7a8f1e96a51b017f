import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Signing in to the admin")
struct AdminSignInTests {
    @Test(
        "the right password signs in with an HttpOnly SameSite=Lax cookie; the dashboard greets the editor",
        arguments: TestDatabase.available)
    func signsIn(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            try await addUser(store, email: "ed@example.com", name: "War News Updates Editor", role: .admin)
            let (browser, response) = try await signIn(client, email: " ED@example.com")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/admin")
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("newsdesk_admin="))
            for attribute in ["HttpOnly", "SameSite=Lax", "Path=/admin"] { #expect(cookie.contains(attribute)) }
            #expect(!cookie.contains("Secure"))  // not configured for https in tests
            let signed = try #require(browser)
            let dashboard = try await signed.get(client, "/admin")
            #expect(dashboard.status == .ok)
            #expect(dashboard.headers[.cacheControl] == "no-store")
            #expect(dashboard.text.contains("War News Updates Editor"))
            #expect(dashboard.text.contains("<h1>Dashboard</h1>"))
            #expect(!signed.csrf.isEmpty)
        }
    }

    @Test("a wrong password or unknown address is refused with one message and no cookie")
    func wrongPassword() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            for (email, password) in [("ed@example.com", "wrong password!"), ("nobody@example.com", testPassword)] {
                let (browser, response) = try await signIn(client, email: email, password: password)
                #expect(browser == nil)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.setCookie] == nil)
                #expect(response.text.contains("That e-mail address and password do not match."))
                #expect(response.text.contains("value=\"\(email)\""))  // what was typed is kept
            }
        }
    }

    @Test(
        "5 failures lock that account out from that address only, with Retry-After; others still sign in",
        arguments: TestDatabase.available)
    func lockout(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            for _ in 0..<5 {
                let (_, response) = try await signIn(client, email: "ed@example.com", password: "guess guess guess")
                #expect(response.status == .unauthorized)
            }
            let (locked, response) = try await signIn(client, email: "ed@example.com")
            #expect(locked == nil)
            #expect(response.status == .tooManyRequests)
            #expect(response.text.contains("Too many failed sign-ins"))
            let retryAfter = try #require(response.headers[.retryAfter].flatMap { Int($0) })
            #expect(retryAfter > 800 && retryAfter <= 900)
            // The editor, elsewhere, is not locked out by someone guessing.
            let (elsewhere, _) = try await signIn(client, email: "ed@example.com", from: "198.51.100.7")
            #expect(elsewhere != nil)
        }
    }

    @Test("a sign-in form without a valid token is refused")
    func loginToken() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            for token in ["", "admin-login.1.forged", "garbage"] {
                let response = try await client.execute(
                    uri: "/admin/login", method: .post, headers: formHeaders,
                    body: formBody([("email", "ed@example.com"), ("password", testPassword), ("token", token)]))
                #expect(response.status == .forbidden)
                #expect(response.headers[.setCookie] == nil)
            }
        }
    }

    @Test("after sign-in the browser goes back where it was sent from, but never to another site")
    func next() async throws {
        try await withDemoApp(.sqlite) { client, _, _ in
            let redirect = try await client.execute(uri: "/admin/comments?status=spam", method: .get)
            #expect(redirect.status == .seeOther)
            #expect(redirect.headers[.location] == "/admin/login?next=%2Fadmin%2Fcomments%3Fstatus%3Dspam")
            let form = try await client.execute(uri: redirect.headers[.location]!, method: .get).text
            #expect(form.contains("name=\"next\" value=\"/admin/comments?status=spam\""))
            for hostile in ["//evil.example/admin", "https://evil.example", "/admin\\@evil", "/admin/login"] {
                let page = try await client.execute(
                    uri: "/admin/login?next=" + hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!,
                    method: .get
                ).text
                #expect(page.contains("name=\"next\" value=\"/admin\""), "\(hostile)")
            }
        }
    }

    @Test("signing out ends the session on the server, not just in the browser")
    func signOut() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let browser = try await signedIn(client, store)
            let response = try await browser.post(client, "/admin/logout", [])
            #expect(response.status == .seeOther)
            #expect(response.headers[.setCookie]?.contains("Max-Age=0") == true)
            let again = try await browser.get(client, "/admin")
            #expect(again.status == .seeOther)
            #expect(again.headers[.location]?.hasPrefix("/admin/login") == true)
        }
    }
}
