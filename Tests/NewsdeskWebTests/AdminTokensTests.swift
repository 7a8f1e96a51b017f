import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("API tokens in the admin at /admin/tokens")
struct AdminTokensTests {
    @Test("an admin makes a token for an author, sees its secret once, and revokes it; it then stops at once")
    func makeAndRevoke() async throws {
        try await withMemoryDemoApp { client, store in
            let admin = try await signedIn(client, store)
            let ann = try await addUser(store, email: "ann@example.com", name: "Ann Reporter", role: .author)
            let empty = try await admin.get(client, "/admin/tokens")
            #expect(empty.status == .ok && empty.headers[.cacheControl] == "no-store")
            #expect(empty.text.contains("No tokens yet"))
            #expect(empty.text.contains("href=\"/admin/tokens\" aria-current=\"page\""))
            let made = try await admin.post(
                client, "/admin/tokens",
                [("name", "Ann's phone"), ("scope", "write"), ("user", String(try #require(ann.id)))])
            #expect(made.status == .ok && made.headers[.cacheControl] == "no-store")
            #expect(made.text.contains("Copy it now: it is shown only this once."))
            let secret = try #require(apiTokenSecret(in: made.text))
            #expect(made.text.contains("https://wnu.example/api/v1/admin/me"))
            let token = try #require(try await store.apiTokens().first)
            #expect(token.name == "Ann's phone" && token.scope == .write && token.userID == ann.id)
            let me = try await callAdminAPI(client, authorization: "Bearer \(secret)")
            #expect(me.status == .ok && me.text.contains("\"email\":\"ann@example.com\""))
            // Listed afterwards, never with its secret.
            let list = try await admin.get(client, "/admin/tokens").text
            #expect(apiTokenSecret(in: list) == nil)
            #expect(list.contains("<td>Ann&#39;s phone</td><td>write</td><td>ann@example.com</td>"))
            #expect(list.contains("action=\"/admin/tokens/\(token.id)/revoke\""))
            let revoked = try await admin.post(client, "/admin/tokens/\(token.id)/revoke", [])
            #expect(revoked.status == .seeOther)
            let after = try await admin.get(client, try #require(revoked.headers[.location])).text
            #expect(after.contains("Revoked the token “Ann&#39;s phone”: programs using it are refused from now on."))
            #expect(after.contains("<td>revoked "))
            #expect(!after.contains("action=\"/admin/tokens/\(token.id)/revoke\""))
            #expect(try await callAdminAPI(client, authorization: "Bearer \(secret)").status == .unauthorized)
            #expect(try await admin.post(client, "/admin/tokens/999/revoke", []).status == .notFound)
        }
    }

    @Test("a bad name or no user is refused with the form kept; a form without the CSRF token is refused")
    func refusals() async throws {
        try await withMemoryDemoApp { client, store in
            let admin = try await signedIn(client, store)
            let edID = try #require(try await store.users().first?.id)
            for (fields, message) in [
                ([("name", "  "), ("scope", "read"), ("user", String(edID))], "Give the token a name"),
                (
                    [("name", String(repeating: "x", count: 101)), ("scope", "read"), ("user", String(edID))],
                    "keep it to 100"
                ),
                ([("name", "Tool"), ("scope", "admin"), ("user", String(edID))], "Choose read, write or moderate."),
                ([("name", "Tool"), ("scope", "read"), ("user", "999")], "Choose the user the token acts as."),
            ] {
                let refused = try await admin.post(client, "/admin/tokens", fields)
                #expect(refused.status == .unprocessableContent, "\(message)")
                #expect(refused.text.contains(message), "\(message)")
                #expect(apiTokenSecret(in: refused.text) == nil)
            }
            let kept = try await admin.post(
                client, "/admin/tokens", [("name", "Tool"), ("scope", "root"), ("user", String(edID))])
            #expect(kept.text.contains("value=\"Tool\""))
            let forged = try await admin.post(
                client, "/admin/tokens", [("name", "Tool"), ("scope", "read"), ("user", String(edID))], withToken: false
            )
            #expect(forged.status == .forbidden)
            #expect(try await store.apiTokens().isEmpty)
        }
    }

    @Test("authors can neither see, make nor revoke tokens, and their menu has no link to them")
    func authorsCannot() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            _ = try await makeAPIToken(store, for: ed, scope: .write)
            let id = try #require(try await store.apiTokens().first?.id)
            let author = try await signedIn(client, store, email: "ann@example.com", name: "Ann", role: .author)
            #expect(try await author.get(client, "/admin/tokens").status == .forbidden)
            let ann = try #require(try await store.users().first { $0.email == "ann@example.com" }?.id)
            let made = try await author.post(
                client, "/admin/tokens", [("name", "Mine"), ("scope", "moderate"), ("user", String(ann))])
            #expect(made.status == .forbidden)
            #expect(try await author.post(client, "/admin/tokens/\(id)/revoke", []).status == .forbidden)
            let tokens = try await store.apiTokens()
            #expect(tokens.count == 1 && tokens.first?.revokedAt == nil)
            #expect(!(try await author.get(client, "/admin").text.contains("href=\"/admin/tokens\"")))
        }
    }
}
