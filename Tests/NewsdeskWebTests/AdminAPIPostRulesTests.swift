import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Admin API posts: tokens, roles, the trash and the editor's refusals")
struct AdminAPIPostRulesTests {
    @Test("no token is a 401, a read token a 403; a read token still lists and reads")
    func tokens() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let read = try await makeAPIToken(store, for: ed, scope: .read)
            let none = try await sendAdminAPI(
                client, "/api/v1/admin/posts", method: .post, secret: nil, json: issueCurlPostBody)
            #expect(none.status == .unauthorized)
            let refused = try await sendAdminAPI(
                client, "/api/v1/admin/posts", method: .post, secret: read, json: issueCurlPostBody)
            #expect(refused.status == .forbidden)
            #expect(try BearerTokenTests.problem(refused).status == 403)
            let list = try await sendAdminAPI(client, "/api/v1/admin/posts", method: .get, secret: read)
            #expect(list.status == .ok)
            let first = try #require((try jsonObject(list)["posts"] as? [[String: Any]])?.first)
            let id = try #require(first["id"] as? Int)
            let one = try await sendAdminAPI(client, "/api/v1/admin/posts/\(id)", method: .get, secret: read)
            #expect(one.status == .ok)
            #expect(try jsonObject(one)["status"] as? String != nil)
            let missing = try await sendAdminAPI(client, "/api/v1/admin/posts/999999", method: .get, secret: read)
            #expect(missing.status == .notFound)
            #expect(try BearerTokenTests.problem(missing).detail == "There is no post 999999.")
        }
    }

    @Test("an author's token makes and sees their own posts; another author's is a 403, an admin's any")
    func roles() async throws {
        try await withMemoryDemoApp { client, store in
            let ann = try await addUser(store, email: "ann@example.com", name: "Ann", role: .author)
            let bob = try await addUser(store, email: "bob@example.com", name: "Bob", role: .author)
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let annToken = try await makeAPIToken(store, for: ann, scope: .write)
            let bobToken = try await makeAPIToken(store, for: bob, scope: .write)
            let edToken = try await makeAPIToken(store, for: ed, scope: .write)
            let made = try await sendAdminAPI(
                client, "/api/v1/admin/posts", method: .post, secret: annToken, json: #"{"title": "Ann's"}"#)
            let id = try #require(try jsonObject(made)["id"] as? Int)
            #expect(try jsonObject(made)["author"].flatMap { ($0 as? [String: Any])?["name"] as? String } == "Ann")
            let uri = "/api/v1/admin/posts/\(id)"
            let bobs = try await sendAdminAPI(
                client, uri, method: .patch, secret: bobToken, json: #"{"title": "Mine"}"#)
            #expect(bobs.status == .forbidden)
            #expect(try BearerTokenTests.problem(bobs).detail == "You can edit your own posts only.")
            #expect(try await sendAdminAPI(client, uri, method: .delete, secret: bobToken).status == .forbidden)
            let bobsList = try await sendAdminAPI(client, "/api/v1/admin/posts", method: .get, secret: bobToken)
            #expect((try jsonObject(bobsList)["posts"] as? [[String: Any]])?.isEmpty == true)
            let annsList = try await sendAdminAPI(client, "/api/v1/admin/posts", method: .get, secret: annToken)
            #expect((try jsonObject(annsList)["posts"] as? [[String: Any]])?.map { $0["id"] as? Int } == [id])
            let eds = try await sendAdminAPI(client, uri, method: .patch, secret: edToken, json: #"{"title": "Ed's"}"#)
            #expect(eds.status == .ok)
            #expect(try jsonObject(eds)["title"] as? String == "Ed's")
        }
    }

    @Test("DELETE moves a post to the trash (204); a trashed post cannot be changed; unknown is a 404")
    func trash() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let secret = try await makeAPIToken(store, for: ed, scope: .write)
            let made = try await sendAdminAPI(
                client, "/api/v1/admin/posts", method: .post, secret: secret, json: issueCurlPostBody)
            let id = try #require(try jsonObject(made)["id"] as? Int)
            let uri = "/api/v1/admin/posts/\(id)"
            #expect(try await sendAdminAPI(client, uri, method: .delete, secret: secret).status == .noContent)
            #expect(try await store.post(id: Int64(id))?.status == .trashed)
            #expect(try await client.execute(uri: "/api/v1/posts/\(id)", method: .get).status == .notFound)
            let patched = try await sendAdminAPI(client, uri, method: .patch, secret: secret, json: #"{"title": "x"}"#)
            #expect(patched.status == .conflict)
            let unknown = try await sendAdminAPI(client, "/api/v1/admin/posts/999999", method: .delete, secret: secret)
            #expect(unknown.status == .notFound)
        }
    }

    @Test("the editor's sentences make a 422; bad JSON, a bad status and an oversized body a 400 or 422")
    func refusals() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let secret = try await makeAPIToken(store, for: ed, scope: .write)
            let before = try await store.postCount()
            func post(_ json: String) async throws -> TestResponse {
                try await sendAdminAPI(client, "/api/v1/admin/posts", method: .post, secret: secret, json: json)
            }
            let empty = try await post(#"{"title": "", "clipping": {"sourceURL": "ftp://x.example/a"}}"#)
            #expect(empty.status == .unprocessableContent)
            let detail = try BearerTokenTests.problem(empty).detail
            #expect(detail.contains("The story's address must start with http:// or https://."))
            let nothing = try await post(#"{"commentary": "  "}"#)
            #expect(
                try BearerTokenTests.problem(nothing).detail
                    == "Write a title, clip a story or write some commentary before saving.")
            let status = try await post(#"{"title": "x", "status": "live"}"#)
            #expect(status.status == .unprocessableContent)
            let bad = try await post(#"{"title": "#)
            #expect(bad.status == .badRequest)
            #expect(try BearerTokenTests.problem(bad).detail.contains("not a JSON object"))
            let huge = try await post(
                #"{"title": "x", "commentary": ""# + String(repeating: "a", count: 1_100_000) + "\"}")
            #expect(huge.status == .contentTooLarge)
            #expect(try BearerTokenTests.problem(huge).detail.hasPrefix("The request body is larger than 1 MB;"))
            #expect(try await store.postCount() == before)
        }
    }
}
