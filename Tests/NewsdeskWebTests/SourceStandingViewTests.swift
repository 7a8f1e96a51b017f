import Foundation
import NewsdeskCore
import NewsdeskMarkdown
import Testing

@testable import NewsdeskWeb

/// What a post's page and its JSON-LD say about a clipped story the source checker found gone or moved.
@Suite("Post views: a clipped story that is gone or moved")
struct SourceStandingViewTests {
    static let original = ReferenceBlog.post.clipping!.sourceURL
    static let newAddress = "https://www.stripes.com/theaters/asia_pacific/2011-01-17/china-military-relations"
    /// The Wayback Machine's copy nearest the post's date (2011-01-17 14:05:00 UTC).
    static let copy = "https://web.archive.org/web/20110117140500/" + original

    static func post(_ standing: SourceStanding?) -> Post {
        var post = ReferenceBlog.post
        post.id = 1
        post.path = referencePath
        post.clipping?.standing = standing
        return post
    }

    /// The post as the theme's `post` template shows it, on its page and in listings.
    static func html(_ standing: SourceStanding?, blog: Blog = ReferenceBlog.blog) async throws -> String {
        let view = PostView(
            post: post(standing), blog: blog, commentCount: 0, dates: DateFormatting(timeZone: blog.timeZone),
            markdown: MarkdownRenderer())
        return try await Theme.load().render(view, template: "post")
    }

    static func jsonLD(_ standing: SourceStanding?, blog: Blog = ReferenceBlog.blog) throws -> [String: Any] {
        let json = StructuredData.blogPosting(post(standing), blog: blog, baseURL: "https://wnu.example")
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test("a gone story keeps its headline's link, with the note and the archived copy after it")
    func broken() async throws {
        let html = try await Self.html(.broken)
        let headline = "Does China&#39;s Military Want Better Relations With The U.S.?"
        #expect(html.contains("<a href=\"\(Self.original)\">\(headline)</a>"))
        #expect(
            html.contains(
                "<span class=\"source-note\">(original link no longer works — <a href=\"\(Self.copy)\">archived copy</a>)</span> -- Stars And Stripes"
            ))
        #expect(html.contains("<a href=\"\(Self.original)\">Read more ....</a>"))
        let object = try Self.jsonLD(.broken)
        let citation = try #require(object["citation"] as? [String: Any])
        #expect(citation["url"] as? String == Self.original)
        #expect(citation["archivedAt"] as? String == Self.copy)
    }

    @Test("without an archive a gone story gets the note alone, and the JSON-LD no archived copy")
    func brokenWithoutArchive() async throws {
        var blog = ReferenceBlog.blog
        blog.sourceArchiveBase = ""
        let html = try await Self.html(.broken, blog: blog)
        #expect(
            html.contains("<span class=\"source-note\">(original link no longer works)</span> -- Stars And Stripes"))
        #expect(!html.contains("archived copy"))
        let citation = try #require(try Self.jsonLD(.broken, blog: blog)["citation"] as? [String: Any])
        #expect(citation["archivedAt"] == nil)
    }

    @Test("a moved story's headline, Read more and citation go to the new address")
    func moved() async throws {
        let html = try await Self.html(.moved(to: Self.newAddress))
        #expect(html.contains("<p class=\"clip-headline\"><a href=\"\(Self.newAddress)\">"))
        #expect(html.contains("<blockquote class=\"clip-excerpt\" cite=\"\(Self.newAddress)\">"))
        #expect(html.contains("<a href=\"\(Self.newAddress)\">Read more ....</a>"))
        #expect(!html.contains(Self.original) && !html.contains("no longer works"))
        let object = try Self.jsonLD(.moved(to: Self.newAddress))
        #expect(object["isBasedOn"] as? String == Self.newAddress)
        let citation = try #require(object["citation"] as? [String: Any])
        #expect(citation["url"] as? String == Self.newAddress && citation["archivedAt"] == nil)
    }

    @Test("a story that works, is blocked or was never checked is shown as before")
    func unchanged() async throws {
        let html = try await Self.html(nil)
        #expect(html.contains("<p class=\"clip-headline\"><a href=\"\(Self.original)\">"))
        #expect(!html.contains("source-note") && !html.contains("archived copy"))
        let citation = try #require(try Self.jsonLD(nil)["citation"] as? [String: Any])
        #expect(citation["url"] as? String == Self.original && citation["archivedAt"] == nil)
    }
}
