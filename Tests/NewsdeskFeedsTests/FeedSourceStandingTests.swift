import Foundation
import NewsdeskCore
import NewsdeskFeeds
import NewsdeskMarkdown
import Testing

/// What the feeds say about a clipped story the source checker found gone or moved: the same as the post page.
@Suite("Feeds: a clipped story that is gone or moved")
struct FeedSourceStandingTests {
    static let original = "https://www.stripes.com/a?b=1&c=2"
    static let newAddress = "https://www.stripes.com/news/2011/a"
    /// The Wayback Machine's copy nearest the post's date (2011-01-17 14:05:00 UTC).
    static let copy = "https://web.archive.org/web/20110117140500/https://www.stripes.com/a?b=1&c=2"

    static func entry(_ standing: SourceStanding?, blog: Blog = Blog()) -> FeedEntry {
        var post = FeedWriterTests.post
        post.clipping?.standing = standing
        return FeedEntry(post: post, blog: blog, baseURL: "https://wnu.example", rendering: MarkdownRenderer())
    }

    static func feed(_ entry: FeedEntry) -> FeedDocument {
        FeedDocument(
            title: "War News Updates", subtitle: "", pageURL: "https://wnu.example/",
            selfURL: "https://wnu.example/feeds/posts/default", nextURL: nil, updated: entry.updated,
            authorName: "Editor", entries: [entry], timeZone: TimeZone(identifier: "UTC")!)
    }

    @Test("a gone story keeps its headline's link and adds the note with the archived copy, in every format")
    func broken() throws {
        let entry = Self.entry(.broken)
        let html = try #require(entry.contentHTML)
        #expect(html.contains("<a href=\"https://www.stripes.com/a?b=1&amp;c=2\">Does China want ties?</a>"))
        #expect(
            html.contains(
                "(original link no longer works — <a href=\"https://web.archive.org/web/20110117140500/https://www.stripes.com/a?b=1&amp;c=2\">archived copy</a>)"
            ))
        #expect(entry.source?.url == Self.original)
        let atom = AtomFeedWriter.write(Self.feed(entry))
        #expect(
            atom.contains(
                "original link no longer works — &lt;a href=&quot;https://web.archive.org/web/20110117140500/"))
        #expect(
            atom.contains("<link rel=\"related\" type=\"text/html\" href=\"https://www.stripes.com/a?b=1&amp;c=2\""))
        let rss = RSSFeedWriter.write(Self.feed(entry))
        #expect(
            rss.contains("original link no longer works — &lt;a href=&quot;https://web.archive.org/web/20110117140500/")
        )
        let json = try Self.jsonItem(entry)
        #expect(
            (json["content_html"] as? String)?.contains(
                "<a href=\"\(Self.copy.replacingOccurrences(of: "&", with: "&amp;"))\">archived copy</a>") == true)
        #expect(json["external_url"] as? String == Self.original)
    }

    @Test("without an archive a gone story gets the note alone")
    func brokenWithoutArchive() throws {
        let html = try #require(Self.entry(.broken, blog: Blog(sourceArchiveBase: "")).contentHTML)
        #expect(html.contains("</a></b> (original link no longer works) -- Stars And Stripes"))
        #expect(!html.contains("archived copy"))
    }

    @Test("a moved story's headline, Read more and source link go to the new address, in every format")
    func moved() throws {
        let entry = Self.entry(.moved(to: Self.newAddress))
        let html = try #require(entry.contentHTML)
        #expect(html.contains("<a href=\"\(Self.newAddress)\">Does China want ties?</a>"))
        #expect(html.contains("<a href=\"\(Self.newAddress)\">Read more ....</a>"))
        #expect(!html.contains("stripes.com/a?b") && !html.contains("no longer works"))
        #expect(entry.source?.url == Self.newAddress)
        #expect(
            AtomFeedWriter.write(Self.feed(entry)).contains(
                "<link rel=\"related\" type=\"text/html\" href=\"\(Self.newAddress)\""))
        #expect(RSSFeedWriter.write(Self.feed(entry)).contains("<source url=\"\(Self.newAddress)\">"))
        #expect(try Self.jsonItem(entry)["external_url"] as? String == Self.newAddress)
    }

    @Test("a story that works (or was never checked) is shown as stored")
    func unchanged() throws {
        let entry = Self.entry(nil)
        #expect(
            entry.contentHTML?.contains("<a href=\"https://www.stripes.com/a?b=1&amp;c=2\">Read more ....</a>") == true)
        #expect(entry.contentHTML?.contains("no longer works") == false)
        #expect(entry.source?.url == Self.original)
    }

    static func jsonItem(_ entry: FeedEntry) throws -> [String: Any] {
        let text = JSONFeedWriter.write(feed(entry))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require((object["items"] as? [[String: Any]])?.first)
    }
}
