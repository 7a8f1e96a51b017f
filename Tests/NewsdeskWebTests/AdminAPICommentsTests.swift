import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Admin API comments: the moderation queue and its actions, by the web admin's own rules")
struct AdminAPICommentsTests {
    @Test("the queue lists held comments with their post, sanitised body and UTC times, a page at a time")
    func queue() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let secret = try await makeAPIToken(store, for: ed, scope: .moderate)
            let first = try await heldComment(store, body: "First <script>x</script>")
            let second = try await heldComment(store, body: "Second <b>bold</b>")
            let page = try await sendAdminAPI(client, "/api/v1/admin/comments?limit=1", method: .get, secret: secret)
            #expect(page.status == .ok, "\(page.text)")
            #expect(page.headers[.cacheControl] == "no-store")
            let list = try jsonObject(page)
            let comments = try #require(list["comments"] as? [[String: Any]])
            #expect(comments.map { $0["id"] as? Int } == [Int(second.id)])
            let shown = try #require(comments.first)
            #expect((shown["html"] as? String)?.contains("Second <b>bold</b>") == true)
            #expect(shown["status"] as? String == "pending" && shown["postID"] as? Int == 1)
            #expect(shown["postPath"] as? String == referencePath)
            #expect((shown["createdAt"] as? String)?.hasSuffix("Z") == true)
            let next = try #require(list["next"] as? String)
            #expect(next.hasSuffix("/api/v1/admin/comments?page=2&limit=1"))
            let path = try #require(URL(string: next).map { $0.path + "?" + ($0.query ?? "") })
            let rest = try jsonObject(try await sendAdminAPI(client, path, method: .get, secret: secret))
            #expect((rest["comments"] as? [[String: Any]])?.map { $0["id"] as? Int } == [Int(first.id)])
            let one = try await sendAdminAPI(client, "/api/v1/admin/comments/\(first.id)", method: .get, secret: secret)
            #expect((try jsonObject(one)["html"] as? String)?.contains("<script") == false)
            let published = try await sendAdminAPI(
                client, "/api/v1/admin/comments?status=published", method: .get, secret: secret)
            let all = try #require(try jsonObject(published)["comments"] as? [[String: Any]])
            #expect(all.allSatisfy { $0["status"] as? String == "published" })
            let bad = try await sendAdminAPI(client, "/api/v1/admin/comments?status=held", method: .get, secret: secret)
            #expect(bad.status == .badRequest)
            #expect(try BearerTokenTests.problem(bad).detail == "status must be pending, published, spam or deleted.")
        }
    }

    @Test("approve, spam, delete and restore answer the comment after the change; approving shows it on the page")
    func actions() async throws {
        try await withMemoryDemoApp(cache: PageCache()) { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let secret = try await makeAPIToken(store, for: ed, scope: .moderate)
            let held = try await heldComment(store, body: "Approved through the API")
            #expect(!(try await client.execute(uri: referencePath, method: .get).text.contains("through the API")))
            let base = "/api/v1/admin/comments/\(held.id)"
            for (action, status) in [
                ("spam", "spam"), ("delete", "deleted"), ("restore", "spam"), ("approve", "published"),
            ] {
                let response = try await sendAdminAPI(client, "\(base)/\(action)", method: .post, secret: secret)
                #expect(response.status == .ok, "\(action): \(response.text)")
                #expect(try jsonObject(response)["status"] as? String == status, "\(action)")
            }
            let history = try await store.moderationHistory(commentID: held.id)
            #expect(history.map(\.action) == [.spam, .delete, .restore, .approve])
            #expect(history.allSatisfy { $0.actor == "Ed" })
            // The cached post page is renewed as after the web admin's approval.
            _ = try await page(client, referencePath, eventuallyContaining: "Approved through the API")
            let again = try await sendAdminAPI(client, "\(base)/restore", method: .post, secret: secret)
            #expect(again.status == .conflict)
            #expect(try BearerTokenTests.problem(again).detail.contains("not deleted"))
            let missing = try await sendAdminAPI(
                client, "/api/v1/admin/comments/99999/approve", method: .post, secret: secret)
            #expect(missing.status == .notFound)
            let malformed = try await sendAdminAPI(
                client, "/api/v1/admin/comments/x/approve", method: .post, secret: secret)
            #expect(malformed.status == .badRequest)
            #expect(try BearerTokenTests.problem(malformed).detail.contains("A comment id is a whole number"))
        }
    }

    @Test("only a moderate token moderates: a read or write token gets 403, no token 401")
    func scopes() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let held = try await heldComment(store)
            let approve = "/api/v1/admin/comments/\(held.id)/approve"
            for scope in [APIScope.read, .write] {
                let secret = try await makeAPIToken(store, for: ed, scope: scope, name: "\(scope)")
                let refused = try await sendAdminAPI(client, approve, method: .post, secret: secret)
                #expect(refused.status == .forbidden, "\(scope)")
                #expect(try BearerTokenTests.problem(refused).detail.contains("scope"))
                let list = try await sendAdminAPI(client, "/api/v1/admin/comments", method: .get, secret: secret)
                #expect(list.status == .forbidden, "\(scope)")
            }
            #expect(try await sendAdminAPI(client, approve, method: .post, secret: nil).status == .unauthorized)
            #expect(try await store.comment(id: held.id)?.status == .pending)
        }
    }

    @Test("an author's token moderates comments on that author's posts only")
    func authorScope() async throws {
        try await withMemoryDemoApp { client, store in
            let (ann, postID) = try await authorWithPost(client, store, email: "ann@example.com")
            let secret = try await makeAPIToken(store, for: ann, scope: .moderate)
            let others = try await heldComment(store, postID: 1, body: "On the editor's post")
            let hers = try await heldComment(store, postID: postID, body: "On Ann's post")
            let queue = try await sendAdminAPI(client, "/api/v1/admin/comments", method: .get, secret: secret)
            let ids = try #require(try jsonObject(queue)["comments"] as? [[String: Any]]).map { $0["id"] as? Int }
            #expect(ids == [Int(hers.id)])
            let refused = try await sendAdminAPI(
                client, "/api/v1/admin/comments/\(others.id)/approve", method: .post, secret: secret)
            #expect(refused.status == .forbidden)
            #expect(try BearerTokenTests.problem(refused).detail == "You can moderate comments on your own posts only.")
            let read = try await sendAdminAPI(
                client, "/api/v1/admin/comments/\(others.id)", method: .get, secret: secret)
            #expect(read.status == .forbidden)
            let approved = try await sendAdminAPI(
                client, "/api/v1/admin/comments/\(hers.id)/approve", method: .post, secret: secret)
            #expect(try jsonObject(approved)["status"] as? String == "published")
            #expect(try await store.comment(id: others.id)?.status == .pending)
        }
    }
}
