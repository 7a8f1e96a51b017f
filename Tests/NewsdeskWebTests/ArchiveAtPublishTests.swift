import Foundation
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Synchronization
import Testing

@testable import NewsdeskWeb

/// A web archive on loopback that records the addresses it is asked to save and answers 200.
final class FakeArchive: Sendable {
    let requested = Mutex<[String]>([])

    /// Runs the archive while `body` gets its `…/web/` base.
    func run(_ body: @Sendable (String) async throws -> Void) async throws {
        let router = Router()
        router.get("**") { request, _ -> Response in
            self.requested.withLock { $0.append(request.uri.description) }
            return Response(status: .ok)
        }
        try await runOnLoopback(router) { port in try await body("http://127.0.0.1:\(port)/web/") }
    }
}

@Suite("Asking the archive to save a story's source at publish time")
struct ArchiveAtPublishTests {
    static let story = "https://www.stripes.com/news/pacific/a-new-story-1.140000"

    /// Publishes a clip post from the editor; the response.
    static func publish(_ browser: AdminBrowser, _ client: any TestClientProtocol) async throws -> TestResponse {
        try await browser.post(
            client, "/admin/posts",
            [
                ("title", "A new story"), ("source_url", story), ("headline", "A new story"),
                ("outlet", "Stars And Stripes"), ("excerpt", "TOKYO — news."), ("commentary", "Worth reading."),
                ("action", "publish"),
            ])
    }

    static func useArchive(_ base: String, in store: InMemoryStore) async throws {
        var blog = try await store.blog()
        blog.sourceArchiveBase = base
        blog.savesSourcesToArchive = true
        try await store.saveBlog(blog)
    }

    /// What the store recorded of the archive's answer for `story`, once it has (up to 20 s: a full parallel
    /// run on 2 cores has made background requests take seconds).
    static func recordedSave(in store: InMemoryStore) async throws -> Int? {
        for _ in 0..<400 {
            let reports = try await store.sourceReports(onlyProblems: false, limit: 100)
            if let save = reports.first(where: { $0.link.url == story })?.archiveSave { return save.status }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    @Test("publishing a clip post asks the archive to save its source, and records the answer")
    func savesSource() async throws {
        let archive = FakeArchive()
        try await archive.run { base in
            try await withMemoryDemoApp(allowPrivateOutgoing: true) { client, store in
                try await Self.useArchive(base, in: store)
                let browser = try await signedIn(client, store)
                #expect(try await Self.publish(browser, client).status == .seeOther)
                #expect(try await Self.recordedSave(in: store) == 200)
                #expect(archive.requested.withLock { $0 } == ["/save/" + Self.story])
            }
        }
    }

    @Test("publishing succeeds at once when the archive is down; the failure is recorded as status 0")
    func archiveDown() async throws {
        try await withMemoryDemoApp(allowPrivateOutgoing: true) { client, store in
            // Port 9 (discard) on loopback: nothing listens, so the connection is refused.
            try await Self.useArchive("http://127.0.0.1:9/web/", in: store)
            let browser = try await signedIn(client, store)
            let response = try await Self.publish(browser, client)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location]?.contains("Published") == true)
            let post = try #require(try await store.publishedPosts(.all, offset: 0, limit: 10).first)
            #expect(post.clipping?.sourceURL == Self.story)
            #expect(try await Self.recordedSave(in: store) == 0)
        }
    }

    @Test("nothing is asked while the setting is off")
    func offByDefault() async throws {
        let archive = FakeArchive()
        try await archive.run { base in
            try await withMemoryDemoApp(allowPrivateOutgoing: true) { client, store in
                var blog = try await store.blog()
                blog.sourceArchiveBase = base
                try await store.saveBlog(blog)
                let browser = try await signedIn(client, store)
                #expect(try await Self.publish(browser, client).status == .seeOther)
                try await Task.sleep(for: .milliseconds(500))
                #expect(archive.requested.withLock { $0 }.isEmpty)
            }
        }
    }
}
