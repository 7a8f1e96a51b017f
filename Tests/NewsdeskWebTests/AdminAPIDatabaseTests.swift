import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("The Admin API on SQLite and PostgreSQL: posts, comment moderation and media through the real stores")
struct AdminAPIDatabaseTests {
    @Test("a post is made as a draft, published, listed and trashed", arguments: TestDatabase.available)
    func posts(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let secret = try await makeAPIToken(store, for: ed, scope: .write)
            let posts = "/api/v1/admin/posts"
            let draft = #"{"title": "Bridge vote", "commentary": "Soon.", "status": "draft", "labels": ["Council"]}"#
            let made = try await sendAdminAPI(client, posts, method: .post, secret: secret, json: draft)
            #expect(made.status == .created, "\(made.text)")
            let id = try #require(try jsonObject(made)["id"] as? Int)
            #expect(made.headers[.location] == "\(posts)/\(id)")
            let published = try await sendAdminAPI(
                client, "\(posts)/\(id)", method: .patch, secret: secret, json: #"{"status": "published"}"#)
            #expect(try jsonObject(published)["status"] as? String == "published")
            let path = try #require(try jsonObject(published)["path"] as? String)
            _ = try await page(client, path, eventuallyContaining: "Bridge vote")
            let listed = try await sendAdminAPI(client, "\(posts)?status=published", method: .get, secret: secret)
            let ids = try #require(try jsonObject(listed)["posts"] as? [[String: Any]]).map { $0["id"] as? Int }
            #expect(ids.contains(id))
            let trashed = try await sendAdminAPI(client, "\(posts)/\(id)", method: .delete, secret: secret)
            #expect(trashed.status == .noContent)
            #expect(try await store.post(id: Int64(id))?.status == .trashed)
            #expect(try await client.execute(uri: "/api/v1/posts/\(id)", method: .get).status == .notFound)
        }
    }

    @Test("comments are listed and moderated, an author's token only on their posts", arguments: TestDatabase.available)
    func comments(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let moderate = try await makeAPIToken(store, for: ed, scope: .moderate)
            let (ann, annsPost) = try await authorWithPost(client, store, email: "ann@example.com")
            let annsToken = try await makeAPIToken(store, for: ann, scope: .moderate, name: "Ann moderates")
            let onEds = try await heldComment(store, body: "Approved on \(database)")
            let onAnns = try await heldComment(store, postID: annsPost, body: "Spam on Ann's")
            let queue = try await sendAdminAPI(
                client, "/api/v1/admin/comments?limit=100", method: .get, secret: moderate)
            let ids = try #require(try jsonObject(queue)["comments"] as? [[String: Any]]).compactMap {
                $0["id"] as? Int
            }
            #expect(Set([Int(onEds.id), Int(onAnns.id)]).isSubset(of: Set(ids)))
            // A page at a time, newest first, from the store's own offset.
            var paged: [Int] = []
            for number in 1...2 {
                let page = try await sendAdminAPI(
                    client, "/api/v1/admin/comments?limit=1&page=\(number)", method: .get, secret: moderate)
                paged += try #require(try jsonObject(page)["comments"] as? [[String: Any]]).compactMap {
                    $0["id"] as? Int
                }
            }
            #expect(paged == [Int(onAnns.id), Int(onEds.id)])
            let annsQueue = try await sendAdminAPI(client, "/api/v1/admin/comments", method: .get, secret: annsToken)
            let annsIDs = try #require(try jsonObject(annsQueue)["comments"] as? [[String: Any]]).map {
                $0["id"] as? Int
            }
            #expect(annsIDs == [Int(onAnns.id)])
            let refused = try await sendAdminAPI(
                client, "/api/v1/admin/comments/\(onEds.id)/approve", method: .post, secret: annsToken)
            #expect(refused.status == .forbidden)
            let spam = try await sendAdminAPI(
                client, "/api/v1/admin/comments/\(onAnns.id)/spam", method: .post, secret: annsToken)
            #expect(try jsonObject(spam)["status"] as? String == "spam")
            let approved = try await sendAdminAPI(
                client, "/api/v1/admin/comments/\(onEds.id)/approve", method: .post, secret: moderate)
            #expect(approved.status == .ok)
            #expect(try jsonObject(approved)["status"] as? String == "published")
            _ = try await page(client, referencePath, eventuallyContaining: "Approved on \(database)")
            let deleted = try await sendAdminAPI(
                client, "/api/v1/admin/comments/\(onEds.id)/delete", method: .post, secret: moderate)
            #expect(try jsonObject(deleted)["status"] as? String == "deleted")
            let restored = try await sendAdminAPI(
                client, "/api/v1/admin/comments/\(onEds.id)/restore", method: .post, secret: moderate)
            #expect(try jsonObject(restored)["status"] as? String == "published")
            let history = try await store.moderationHistory(commentID: onEds.id)
            #expect(history.map(\.action) == [.approve, .delete, .restore])
        }
    }

    @Test("an image is uploaded as a form part and as a raw body, and served", arguments: TestDatabase.available)
    func media(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let secret = try await makeAPIToken(store, for: ed, scope: .write)
            let form = try await uploadAdminAPIForm(client, secret: secret, bytes: AdminMediaTests.png)
            #expect(form.status == .created, "\(form.text)")
            let path = try #require(try jsonObject(form)["path"] as? String)
            let raw = try await uploadAdminAPI(
                client, secret: secret, contentType: "image/png", body: AdminMediaTests.png)
            #expect(raw.status == .created)
            #expect(try jsonObject(raw)["path"] as? String == path)
            let served = try await client.execute(uri: path, method: .get)
            #expect(served.status == .ok && served.headers[.contentType] == "image/png")
            let refused = try await uploadAdminAPI(client, secret: secret, contentType: "image/gif", body: [1, 2, 3])
            #expect(refused.status == .unsupportedMediaType)
        }
    }
}
