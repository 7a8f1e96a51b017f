import Foundation
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

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
