import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

/// What readers and feed readers get from the demo blog, compared byte for byte with `Tests/Golden/web`.
@Suite("Golden files: the demo blog's pages and feeds")
struct GoldenPageTests {
    /// Each address with its golden file and the status it answers.
    static let pages: [(uri: String, file: String, status: HTTPResponse.Status)] = [
        (referencePath, "web/post-page.html", .ok),
        ("/", "web/front-page.html", .ok),
        ("/search/label/China", "web/label-page.html", .ok),
        ("/search?q=military+china", "web/search.html", .ok),
        ("/2011/01/no-such-post.html", "web/not-found.html", .notFound),
        ("/feeds/posts/default", "web/posts.atom", .ok),
        ("/feeds/posts/default?alt=rss", "web/posts.rss", .ok),
        ("/feeds/posts/default?alt=json", "web/posts.json", .ok),
        ("/feeds/comments/default", "web/comments.atom", .ok),
    ]

    @Test("every page and feed matches its golden file, volatile values masked")
    func matchesGoldenFiles() async throws {
        try await withMemoryDemoApp { client, _ in
            for page in Self.pages {
                let response = try await client.execute(uri: page.uri, method: .get)
                #expect(response.status == page.status, "\(page.uri)")
                let masked = GoldenMask.apply(to: response.text)
                if let mismatch = try GoldenFile.mismatch(masked, against: page.file) {
                    Issue.record(Comment(rawValue: "\(page.uri): \(mismatch)"))
                }
            }
        }
    }

    @Test("the post page of a clipped story that is gone: the note and the archived copy after the headline")
    func goneSource() async throws {
        try await withMemoryDemoApp { client, store in
            try await recordSource(.gone, in: store)
            let html = try await page(client, referencePath, eventuallyContaining: ReaderSource.brokenNote)
            let file = "web/post-page-source-gone.html"
            if let mismatch = try GoldenFile.mismatch(GoldenMask.apply(to: html), against: file) {
                Issue.record(Comment(rawValue: "\(referencePath) with its story gone: \(mismatch)"))
            }
        }
    }

    @Test("the masks hide only what changes from one response to the next")
    func masks() {
        let page = #"<input type="hidden" name="token" value="v2.1.1700000000000.abc.0123456789abcdef">"#
        #expect(GoldenMask.apply(to: page) == #"<input type="hidden" name="token" value="TOKEN">"#)
        #expect(
            GoldenMask.apply(to: "<updated>2011-01-17T14:05:00Z</updated>") == "<updated>2011-01-17T14:05:00Z</updated>"
        )
    }
}
