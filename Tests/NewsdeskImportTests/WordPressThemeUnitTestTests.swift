import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskTestSupport
import Testing

/// The WordPress Theme Unit Test data: the largest fixture (609 KB), with every status, threaded and held
/// comments, pingbacks, odd titles and the `https` namespace.
@Suite("WordPress: Theme Unit Test data")
struct WordPressThemeUnitTestTests {
    private let bundle: ImportBundle

    init() throws {
        bundle = try WordPressReader.read(Fixtures.data("wordpress/WPTT_themeunittestdata.wordpress.xml"))
    }

    @Test("58 posts, 21 pages; 37 attachments and 70 menu items skipped")
    func counts() {
        #expect(bundle.blogTitle == "Theme Unit Test Data")
        #expect(bundle.blogDescription == "Just another WordPress website with a purposefully really long description")
        #expect(bundle.posts.filter { $0.kind == .post }.count == 58)
        #expect(bundle.posts.filter { $0.kind == .page }.count == 21)
        #expect(bundle.skipped.filter { $0.kind == "attachment" }.count == 37)
        #expect(bundle.skipped.filter { $0.kind == "nav_menu_item" }.count == 70)
        #expect(bundle.skipped.count == 107)
    }

    @Test("statuses: publish, future (scheduled), draft; the password-protected post becomes private")
    func statuses() throws {
        let posts = bundle.posts.filter { $0.kind == .post }
        #expect(posts.filter { $0.status == .published }.count == 55)
        #expect(posts.filter { $0.status == .private }.map(\.sourceID) == ["1168"])
        let scheduled = try #require(posts.first { $0.status == .scheduled })
        #expect(scheduled.sourceID == "1153" && scheduled.publishedAt == TestDates.utc(2030, 1, 1, 19, 0, 18))
        #expect(scheduled.originalPath == "/2020/01/01/scheduled/" && scheduled.slug == "scheduled")
        let draft = try #require(posts.first { $0.status == .draft })
        #expect(draft.sourceID == "1164" && draft.originalPath == "/?p=1164" && draft.slug == nil)
        #expect(bundle.posts.filter { $0.kind == .page }.allSatisfy { $0.status == .published })
    }

    @Test("33 comments: 10 threaded, 3 held for moderation, pingbacks and trackbacks kept")
    func comments() throws {
        #expect(bundle.comments.count == 33)
        #expect(bundle.comments.filter { $0.parentSourceID != nil }.count == 10)
        #expect(bundle.comments.filter { $0.status == .pending }.map(\.sourceID).sorted() == ["1015", "1016", "1017"])
        #expect(bundle.comments.filter { $0.status == .published }.count == 30)
        let ids = Set(bundle.comments.map(\.sourceID))
        #expect(bundle.comments.compactMap(\.parentSourceID).allSatisfy(ids.contains), "every parent is there")
        let postIDs = Set(bundle.posts.map(\.sourceID))
        #expect(bundle.comments.allSatisfy { postIDs.contains($0.postSourceID) })
        let ping = try #require(bundle.comments.first { $0.sourceID == "921" })
        #expect(ping.authorName == "Ping 1 \u{00AB} What\u{2019}s a tellyworth?", "HTML entities in names decoded")
        let byThemeDemos = Set(bundle.posts.filter { $0.authorName == "Theme Buster" }.map(\.sourceID))
        let editorReplies = bundle.comments.filter { $0.authorName == "themedemos" }
        #expect(editorReplies.count == 5)
        #expect(editorReplies.allSatisfy { $0.isBlogAuthor == byThemeDemos.contains($0.postSourceID) })
        #expect(editorReplies.filter(\.isBlogAuthor).count == 4, "the fifth is on a post by themereviewteam")
        #expect(bundle.comments.first { $0.sourceID == "881" }?.isBlogAuthor == false)
    }

    @Test("titles as plain text, excerpts, labels without post formats, <!--more--> in 4 posts")
    func content() throws {
        let titles = bundle.posts.map(\.title)
        #expect(titles.contains("Markup: Title With Markup"))
        #expect(titles.contains(#"Markup: Title With Special Characters ~`!@#$%^&*()-_=+{}[]/\;:'"?,.>"#))
        #expect(bundle.posts.filter(\.hasMoreBreak).map(\.sourceID).sorted() == ["1734", "24", "358", "996"])
        #expect(bundle.posts.compactMap(\.excerpt).count == 1)
        let sticky = try #require(bundle.posts.first { $0.sourceID == "1241" })
        #expect(sticky.labels == ["Classic", "sticky", "template", "Uncategorized"])
        let aside = try #require(bundle.posts.first { $0.sourceID == "559" })
        #expect(aside.labels == ["Classic", "aside", "Post Formats"], "a tag and a category once; the format not")
        #expect(bundle.posts.allSatisfy { $0.publishedAt != nil })
    }

    @Test("the 609 KB file reads whole (its time is printed; speed is measured outside unit tests)")
    func readTime() throws {
        let data = try Fixtures.data("wordpress/WPTT_themeunittestdata.wordpress.xml")
        let clock = ContinuousClock()
        var result: ImportBundle?
        let elapsed = try clock.measure { result = try WordPressReader.read(data) }
        print("WPTT (\(data.count) bytes) read in \(elapsed)")
        #expect(result?.posts.count == 79)
    }
}
