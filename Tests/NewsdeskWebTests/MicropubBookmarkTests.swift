import Foundation
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Micropub: bookmark-of and repost-of become the clipping, fetched by the editor's Fetch; state and slug")
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

    @Test("mp-slug, a draft, a past date, and a future date scheduled through the editor's scheduler")
    func stateAndSlug() async throws {
        try await MicropubClient.run { mp in
            let (draft, _) = try await mp.made([("content", "Quiet"), ("post-status", "draft"), ("mp-slug", "my-slug")])
            #expect(draft.status == .draft && draft.slug == "my-slug")
            let (past, _) = try await mp.made([("content", "Old"), ("published", "2020-05-01T10:00:00Z")])
            #expect(past.status == .published && past.publishedAt == Date(timeIntervalSince1970: 1_588_327_200))
            let later = Date().addingTimeInterval(86_400).formatted(.iso8601)
            let (future, _) = try await mp.made([("content", "Soon"), ("published", later)])
            #expect(future.status == .scheduled)
            let refused = try await mp.form([("content", "x"), ("post-status", "maybe")])
            #expect(refused.status == .badRequest && refused.text.contains("invalid_request"))
        }
    }
}
