import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Admin API posts: made, changed, published and trashed by the editor's own rules")
struct AdminAPIPostsTests {
    @Test("the issue's curl body makes a published post: 201, its Location, and the post page shows it")
    func createPublished() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let secret = try await makeAPIToken(store, for: ed, scope: .write)
            let response = try await sendAdminAPI(
                client, "/api/v1/admin/posts", method: .post, secret: secret, json: issueCurlPostBody)
            #expect(response.status == .created, "\(response.text)")
            let post = try jsonObject(response)
            let id = try #require(post["id"] as? Int)
            #expect(response.headers[.location] == "/api/v1/admin/posts/\(id)")
            #expect(post["status"] as? String == "published")
            #expect(post["labels"] as? [String] == ["Bridges", "Council"])
            let clipping = try #require(post["clipping"] as? [String: Any])
            #expect(clipping["excerpt"] as? [String] == ["The council meets on Tuesday.", "A vote is expected."])
            let path = try #require(post["path"] as? String)
            let page = try await client.execute(uri: path, method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("Council to vote on bridge"))
            let stored = try #require(try await store.post(id: Int64(id)))
            #expect(stored.author?.displayName == "Ed" && stored.status == .published)
        }
    }

    @Test("a draft is stored but not public; PATCH publishes it, and PATCH draft takes it back")
    func draftThenPublish() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let secret = try await makeAPIToken(store, for: ed, scope: .write)
            let body = #"{"title": "Not yet", "commentary": "Thinking.", "status": "draft", "summary": "Short."}"#
            let made = try await sendAdminAPI(client, "/api/v1/admin/posts", method: .post, secret: secret, json: body)
            #expect(made.status == .created)
            let id = try #require(try jsonObject(made)["id"] as? Int)
            #expect(try jsonObject(made)["status"] as? String == "draft")
            #expect(try await store.post(id: Int64(id))?.summary == "Short.")
            #expect(try await client.execute(uri: "/api/v1/posts/\(id)", method: .get).status == .notFound)
            let drafts = try await sendAdminAPI(
                client, "/api/v1/admin/posts?status=draft", method: .get, secret: secret)
            let listed = try #require(try jsonObject(drafts)["posts"] as? [[String: Any]])
            #expect(listed.contains { $0["id"] as? Int == id })
            let published = try await sendAdminAPI(
                client, "/api/v1/admin/posts/\(id)", method: .patch, secret: secret, json: #"{"status": "published"}"#)
            #expect(published.status == .ok)
            #expect(try jsonObject(published)["status"] as? String == "published")
            #expect(try await client.execute(uri: "/api/v1/posts/\(id)", method: .get).status == .ok)
            let unpublished = try await sendAdminAPI(
                client, "/api/v1/admin/posts/\(id)", method: .patch, secret: secret, json: #"{"status": "draft"}"#)
            #expect(try jsonObject(unpublished)["status"] as? String == "draft")
            // The cached answer goes stale as the editor's would: when the server next polls for changes.
            var status = HTTPResponse.Status.ok
            for _ in 0..<40 where status != .notFound {
                try await Task.sleep(for: .milliseconds(50))
                status = try await client.execute(uri: "/api/v1/posts/\(id)", method: .get).status
            }
            #expect(status == .notFound)
        }
    }

    @Test("scheduling takes a future time and refuses a past one with the editor's sentence")
    func schedule() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let secret = try await makeAPIToken(store, for: ed, scope: .write)
            let later = ISO8601DateFormatter().string(from: Date().addingTimeInterval(86_400))
            let made = try await sendAdminAPI(
                client, "/api/v1/admin/posts", method: .post, secret: secret,
                json: #"{"title": "Tomorrow", "status": "scheduled", "publishedAt": "\#(later)"}"#)
            #expect(made.status == .created)
            #expect(try jsonObject(made)["status"] as? String == "scheduled")
            let past = try await sendAdminAPI(
                client, "/api/v1/admin/posts", method: .post, secret: secret,
                json: #"{"title": "Yesterday", "status": "scheduled", "publishedAt": "2020-01-01T09:00:00Z"}"#)
            #expect(past.status == .unprocessableContent)
            #expect(try BearerTokenTests.problem(past).detail.contains("That time has passed"))
        }
    }
}
