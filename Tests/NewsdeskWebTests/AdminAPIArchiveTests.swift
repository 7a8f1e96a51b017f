import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Publishing through the Admin API asks the archive to save the source, as the editor does")
struct AdminAPIArchiveTests {
    @Test("a draft made through the API asks nothing; publishing it with PATCH asks the archive once")
    func publishArchives() async throws {
        let archive = FakeArchive()
        try await archive.run { base in
            try await withMemoryDemoApp(allowPrivateOutgoing: true) { client, store in
                try await ArchiveAtPublishTests.useArchive(base, in: store)
                let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
                let secret = try await makeAPIToken(store, for: ed, scope: .write)
                let body = """
                    {"title": "A new story", "commentary": "Worth reading.", "status": "draft",
                     "clipping": {"sourceURL": "\(ArchiveAtPublishTests.story)", "outlet": "Stars And Stripes",
                      "headline": "A new story", "excerpt": ["TOKYO — news."]}}
                    """
                let made = try await sendAdminAPI(
                    client, "/api/v1/admin/posts", method: .post, secret: secret, json: body)
                let id = try #require(try jsonObject(made)["id"] as? Int)
                #expect(archive.requested.withLock { $0 }.isEmpty)
                let published = try await sendAdminAPI(
                    client, "/api/v1/admin/posts/\(id)", method: .patch, secret: secret,
                    json: #"{"status": "published"}"#)
                #expect(published.status == .ok)
                #expect(try await ArchiveAtPublishTests.recordedSave(in: store) == 200)
                #expect(archive.requested.withLock { $0 } == ["/save/" + ArchiveAtPublishTests.story])
            }
        }
    }
}
