import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskTestSupport
import Testing

@Suite("Blogger classic export: the real fixtures")
struct BloggerClassicTests {
    @Test("2017 hakyll-convert export: 3 posts (a draft, an empty title), 1 comment, template and 56 settings skipped")
    func hakyllConvert2017() throws {
        let bundle = try BloggerReader.read(Fixtures.data("blogger/hakyll-convert_blogger-000_2017-export.xml"))
        #expect(bundle.source == .blogger)
        #expect(bundle.blogTitle == "Testing hakyll-convert")
        #expect(bundle.blogDescription == nil)
        #expect(bundle.posts.count == 3)
        #expect(bundle.posts.allSatisfy { $0.kind == .post && $0.authorName == "Minoru" })
        #expect(bundle.posts.map(\.status) == [.published, .published, .draft])

        let untitled = try #require(bundle.posts.first)
        #expect(untitled.sourceID == "tag:blogger.com,1999:blog-5162495313991119940.post-7643416819140719600")
        #expect(untitled.title == "")
        #expect(untitled.originalPath == "/2017/09/hakyll-convert-provides-library-and.html")
        #expect(untitled.slug == "hakyll-convert-provides-library-and")
        #expect(untitled.authorURL == "https://www.blogger.com/profile/15979236009981641914")
        #expect(untitled.publishedAt?.millisecondsSince1970 == 1_504_388_640_002)
        #expect(untitled.updatedAt?.millisecondsSince1970 == 1_504_388_671_203)
        #expect(untitled.bodyHTML.hasPrefix("<a href=\"https://github.com/Minoru/hakyll-convert\">Hakyll-convert</a>"))
        #expect(untitled.bodyHTML.contains("If you don\u{2019}t agree"))

        let draft = bundle.posts[2]
        #expect(draft.title == "Just a draft for now")
        #expect(draft.originalPath == nil && draft.originalURL == nil && draft.slug == nil)

        #expect(bundle.comments.count == 1)
        let comment = try #require(bundle.comments.first)
        #expect(comment.postSourceID == untitled.sourceID)
        #expect(comment.parentSourceID == nil)
        #expect(comment.authorName == "Minoru")
        #expect(comment.authorEmail == nil, "noreply@blogger.com is Blogger's placeholder, not an address")
        #expect(comment.isBlogAuthor)
        #expect(comment.status == .published)
        #expect(comment.bodyHTML == "This is an example comment.")

        #expect(bundle.skipped.filter { $0.kind == "settings" }.count == 56)
        #expect(bundle.skipped.filter { $0.kind == "template" }.count == 1)
        #expect(bundle.skipped.count == 57)
    }

    @Test("2008 sample: 4 posts with labels, 3 comments on 2 posts, 47 settings and the template skipped")
    func sample2() throws {
        let bundle = try BloggerReader.read(Fixtures.data("blogger/google-blog-converters_blogger-sample2.xml"))
        #expect(bundle.blogTitle == "JJ's Favorite Things")
        #expect(
            bundle.posts.map(\.title) == [
                "A (somewhat) brief history", "About Me", "Rolling in Hawaii", "This about sums up my life.",
            ])
        #expect(bundle.posts[0].labels == ["individual", "Everything", "Previously Unpublished"])
        #expect(bundle.posts[1].labels == ["Already Published", "Everything"])
        #expect(bundle.posts[0].originalPath == "/blogspot/jjsfavoritethings/2008/04/somewhat-brief-history.html")
        #expect(bundle.posts[0].publishedAt == TestDates.utc(2008, 4, 15, 16, 28))

        #expect(bundle.comments.count == 3)
        let byID = Dictionary(
            uniqueKeysWithValues: bundle.comments.map { ($0.sourceID.components(separatedBy: "post-").last!, $0) })
        let ownReply = try #require(byID["1066271041639903470"])
        #expect(ownReply.postSourceID.hasSuffix("post-7031156583478223661"))
        #expect(ownReply.authorName == "JJ" && ownReply.isBlogAuthor, "same profile URI as the post's author")
        let reader = try #require(byID["8841580313327712653"])
        #expect(reader.authorName == "journalseditor @ aol" && !reader.isBlogAuthor)
        #expect(reader.bodyHTML == "Nice picture!!!<BR/><BR/>I mean <B>NICE</B> picture.")
        #expect(reader.createdAt == TestDates.utc(2008, 11, 12, 0, 9))

        #expect(bundle.skipped.filter { $0.kind == "settings" }.count == 47)
        #expect(bundle.skipped.filter { $0.kind == "template" }.count == 1)
    }

    @Test("ns0:-prefixed file reads by namespace: 3 posts, 2 comments, 3 labels")
    func namespacePrefixed() throws {
        let bundle = try BloggerReader.read(
            Fixtures.data("blogger/google-blog-converters_blogger-sample-ns0-prefixed.xml")
        )
        #expect(bundle.source == .blogger)
        #expect(bundle.blogTitle == "Data Portability Testbed")
        #expect(bundle.posts.map(\.sourceID) == ["post-17", "post-18", "post-20"])
        #expect(bundle.posts[0].labels == ["NewTag", "DataPortability", "wordpress2blogger"])
        #expect(Set(bundle.posts.flatMap(\.labels)) == ["NewTag", "DataPortability", "wordpress2blogger"])
        #expect(bundle.posts[0].originalPath == "/2008/05/16/a-test-of-newlines-and-labelscategories/")
        #expect(bundle.posts[0].slug == "a-test-of-newlines-and-labelscategories")
        #expect(bundle.posts[0].updatedAt == nil)
        #expect(bundle.comments.map(\.postSourceID) == ["post-17", "post-20"])
        #expect(bundle.comments[0].authorEmail == "jlueck@gmail.com")
        #expect(bundle.comments.allSatisfy { $0.isBlogAuthor }, "no profiles: the same name as the post's author")
        #expect(bundle.skipped.isEmpty)
    }

    @Test("golden file 1: 4 posts (one untitled), 3 comments, HTML titles as plain text")
    func goldenFile1() throws {
        let bundle = try BloggerReader.read(Fixtures.data("blogger/google-blog-converters_blogger.goldenfile.1.xml"))
        #expect(bundle.blogTitle == "LiberateWordpress")
        #expect(bundle.posts.count == 4)
        #expect(
            bundle.posts.map(\.title) == ["Hello world!", "Dunkin Donuts \u{2026} a lifestyle", "Hello world!", ""])
        #expect(bundle.posts[0].originalPath == "/wordpress/?p=9" && bundle.posts[0].slug == nil)
        #expect(bundle.posts[3].labels == ["DataPortability", "upload"])
        // The body is kept exactly, entities the export double-escaped included.
        #expect(bundle.posts[0].bodyHTML.hasPrefix("Welcome to &lt;a href=&quot;http://wordpress.com/&quot;&gt;"))
        #expect(bundle.comments.count == 3)
        #expect(bundle.comments.map(\.postSourceID) == ["post-9", "post-10", "post-1"])
        #expect(bundle.comments[0].authorName == "Mr WordPress")
        #expect(bundle.comments[0].authorURL == "http://wordpress.com/")
        #expect(!bundle.comments[0].isBlogAuthor && bundle.comments[1].isBlogAuthor)
    }
}
