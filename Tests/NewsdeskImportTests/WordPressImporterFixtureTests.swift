import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskTestSupport
import Testing

/// The WordPress importer's own parser fixtures, with the values its parser tests expect.
@Suite("WordPress: the wordpress-importer fixtures")
struct WordPressImporterFixtureTests {
    private func read(_ name: String) throws -> ImportBundle {
        try WordPressReader.read(Fixtures.data("wordpress/wordpress-importer_\(name).xml"))
    }

    @Test("valid-wxr-1.1: 2 posts (a post and a page) by john, shown as John Doe")
    func validWXR11() throws {
        let bundle = try read("valid-wxr-1.1")
        #expect(bundle.source == .wordpress)
        #expect(bundle.blogTitle == "Export Datasets")
        #expect(bundle.blogDescription == "Just another WordPress site")
        #expect(bundle.posts.count == 2)
        #expect(bundle.posts.map(\.kind) == [.post, .page])
        #expect(bundle.posts.allSatisfy { $0.authorName == "John Doe" })
        let hello = bundle.posts[0]
        #expect(hello.sourceID == "1" && hello.title == "Hello world!" && hello.slug == "hello-world")
        #expect(hello.originalPath == "/?p=1" && hello.originalURL == "http://localhost/?p=1")
        #expect(hello.labels == ["alpha", "Clippable"], "category and post_tag; the custom post_tax is not a label")
        #expect(hello.publishedAt == TestDates.utc(2010, 10, 16, 20, 53, 18))
        #expect(hello.excerpt == nil && !hello.hasMoreBreak)
        #expect(bundle.posts[1].originalPath == "/?page_id=2" && bundle.posts[1].slug == "about")
        let comment = try #require(bundle.comments.first)
        #expect(bundle.comments.count == 1)
        #expect(comment.sourceID == "1" && comment.postSourceID == "1" && comment.parentSourceID == nil)
        #expect(comment.authorName == "Mr WordPress" && comment.authorURL == "http://wordpress.org/")
        #expect(comment.authorEmail == nil && comment.status == .published && !comment.isBlogAuthor)
        #expect(comment.bodyHTML.hasPrefix("Hi, this is a comment.<br />To delete a comment"))
    }

    @Test("valid-wxr-1.0: 6 posts and pages; WXR 1.0's doubled categories and `tag` domain give alpha, chicken")
    func validWXR10() throws {
        let bundle = try read("valid-wxr-1.0")
        #expect(bundle.posts.count == 6)
        #expect(bundle.posts.map(\.kind) == [.post, .page, .post, .post, .page, .page])
        #expect(bundle.posts.map(\.sourceID) == ["1", "2", "4", "6", "8", "10"])
        #expect(bundle.posts.first { !$0.labels.isEmpty && $0.labels != ["Uncategorized"] }?.labels.first == "alpha")
        #expect(bundle.posts[2].labels == ["alpha", "news", "roar"])
        #expect(bundle.posts[3].labels == ["chicken", "child", "face"], "the first tag, chicken")
        #expect(bundle.posts.allSatisfy { $0.authorName == "admin" && $0.status == .published })
    }

    @Test("wxr-simple and wxr-utf-8-challenges: 1 post each; bidi controls and emoji kept in the title")
    func simpleAndUTF8() throws {
        let simple = try read("wxr-simple")
        #expect(simple.posts.count == 1)
        #expect(simple.posts[0].title == "\"The Road Not Taken\" by Robert Frost")
        #expect(simple.posts[0].updatedAt == TestDates.utc(2024, 6, 10, 12, 28, 55))
        #expect(simple.posts[0].bodyHTML.hasPrefix("<!-- wp:paragraph -->\n<p>Two roads diverged"))
        let utf8 = try read("wxr-utf-8-challenges")
        #expect(utf8.posts.count == 1)
        #expect(
            utf8.posts[0].title
                == "\"The Road \u{202E}Not\u{202C} Taken\" by Rob\u{202D}ert \u{202E}Frost \u{202A}\u{1F332}\u{202C}"
        )
        #expect(
            utf8.blogTitle == "My WordPress Website \u{1F680} \u{202E}\u{202D}\u{0645}\u{0631}\u{062D}\u{0628}\u{0627}")
    }

    @Test("crazy-cdata-escaped: the content is exactly `Content with nested <![CDATA[ tags ]]> :)`, as a paragraph")
    func crazyCDATAEscaped() throws {
        let bundle = try read("crazy-cdata-escaped")
        #expect(bundle.posts.map(\.bodyHTML) == ["<p>Content with nested <![CDATA[ tags ]]> :)</p>\n"])
    }

    @Test("CDATA and whitespace edge cases keep the content exactly, in the paragraphs WordPress shows")
    func contentEdgeCases() throws {
        #expect(try read("multiple-cdata").posts.map(\.bodyHTML) == ["<p>line oneline twoline three</p>\n"])
        #expect(try read("cdata-edge").posts.map(\.bodyHTML) == ["<p>ends with sequence ]] ></p>\n"])
        #expect(try read("backslashes").posts.map(\.bodyHTML) == [#"<p>C:\xampp\htdocs\wp-content</p>"# + "\n"])
        #expect(try read("blank-lines").posts.map(\.bodyHTML) == ["<p>first paragraph</p>\n<p>second paragraph</p>\n"])
        let missingTags = try read("missing-tags")
        #expect(missingTags.posts.map(\.bodyHTML) == ["<p>text</p>\n"])
        #expect(missingTags.posts[0].authorName == nil && missingTags.posts[0].publishedAt == nil)
    }

    @Test("namespace edge cases: matched by namespace URI; the hijacked item has no WordPress fields")
    func namespaceEdgeCases() throws {
        let bundle = try read("namespace-edge-cases")
        #expect(bundle.posts.map(\.sourceID) == ["1", "2", "3", "4", "6"])
        #expect(
            bundle.posts[0].bodyHTML == "<p>Content with namespace conflicts</p>\n",
            "wp:post_id 1 wins over alt:post_id")
        #expect(bundle.posts[4].bodyHTML == "<p>&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;</p>\n")
        #expect(bundle.skipped.map(\.title) == ["Hijacked Namespace"])
    }

    @Test("small export: a private post, a draft page without GMT date read in the blog's zone")
    func smallExport() throws {
        let data = try Fixtures.data("wordpress/wordpress-importer_small-export.xml")
        let bundle = try WordPressReader.read(data)
        #expect(bundle.posts.count == 11)
        let draft = try #require(bundle.posts.first { $0.title == "Draft Page" })
        #expect(draft.kind == .page && draft.status == .draft)
        #expect(draft.publishedAt == TestDates.utc(2011, 1, 18, 7, 46, 29), "post_date, taken as UTC by default")
        #expect(bundle.posts.first { $0.title == "Private Post" }?.status == .private)
        let berlin = try WordPressReader.read(data, localTimeZone: TimeZone(identifier: "Europe/Berlin")!)
        #expect(berlin.posts.first { $0.title == "Draft Page" }?.publishedAt == TestDates.utc(2011, 1, 18, 6, 46, 29))
        let privatePost = berlin.posts.first { $0.title == "Private Post" }
        #expect(privatePost?.publishedAt == TestDates.utc(2011, 1, 18, 7, 47, 19), "a GMT time ignores the zone")
    }

    @Test("comprehensive e2e fixture: excerpt, categories then tags, a comment")
    func comprehensive() throws {
        let bundle = try read("e2e_wxr-comprehensive")
        let post = try #require(bundle.posts.first)
        #expect(post.excerpt == "An excerpt for comprehensive post")
        #expect(post.labels == ["News", "Updates", "T1", "T2"])
        #expect(post.authorName == "Alice")
        #expect(bundle.posts.last?.kind == .page && bundle.posts.last?.authorName == "Bob")
        #expect(bundle.comments.first?.bodyHTML == "Great post!")
        #expect(bundle.comments.first?.createdAt == TestDates.utc(2024, 6, 6, 10))
    }
}
