import Foundation
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

/// A news site on loopback with one story, for Fetch.
struct LoopbackStory {
    static let html = """
        <!DOCTYPE html><html><head><title>Bridge vote | Loopback News</title>
        <meta property="og:title" content="Council votes to rebuild the river bridge">
        <meta property="og:site_name" content="Loopback News"></head>
        <body><article><h1>Council votes to rebuild the river bridge</h1>
        <p>The city council voted on Tuesday night to rebuild the river bridge, ending two years of argument about \
        its cost and its design.</p>
        <p>Work is expected to start in the spring, and the old bridge will close to traffic for eighteen months \
        while the new one is built.</p></article></body></html>
        """

    /// Runs the site while `body` gets the story's address.
    static func run(_ body: @Sendable (String) async throws -> Void) async throws {
        let router = Router()
        router.get("/story") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        }
        let (portStream, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in portContinuation.yield(channel.localAddress?.port ?? 0) },
            logger: TestDatabase.logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            var ports = portStream.makeAsyncIterator()
            let port = await ports.next() ?? 0
            try await body("http://127.0.0.1:\(port)/story")
            group.cancelAll()
        }
    }
}

@Suite("Micropub: bookmark-of and repost-of become the clipping, fetched through the editor's Fetch")
struct MicropubBookmarkTests {
    @Test("a bookmark by URL alone is fetched for headline, outlet and excerpt; the headline is the title")
    func bookmarkFetched() async throws {
        try await LoopbackStory.run { story in
            try await MicropubClient.run(allowPrivateOutgoing: true) { mp in
                let (post, _) = try await mp.made([("bookmark-of", story), ("content", "Finally.")])
                let clipping = try #require(post.clipping)
                #expect(clipping.headline == "Council votes to rebuild the river bridge")
                #expect(clipping.outlet == "Loopback News")
                #expect(clipping.excerptParagraphs.first?.hasPrefix("The city council voted") == true)
                #expect(post.title == "Council votes to rebuild the river bridge" && post.commentary == "Finally.")
            }
        }
    }

    @Test("repost-of works as bookmark-of; a story that cannot be fetched keeps its address when there is text")
    func repostAndRefusedFetch() async throws {
        try await MicropubClient.run { mp in
            let (post, _) = try await mp.made([("repost-of", "http://127.0.0.1:9/story"), ("content", "Kept anyway")])
            #expect(post.clipping?.sourceURL == "http://127.0.0.1:9/story" && post.clipping?.headline == "")
            let alone = try await mp.form([("bookmark-of", "http://127.0.0.1:9/story")])
            #expect(alone.status == .badRequest && alone.text.contains("The story could not be fetched"))
        }
    }
}
