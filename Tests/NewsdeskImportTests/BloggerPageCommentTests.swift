import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Blogger classic: a page's comments, whose ref names post-<id> while the page is page-<id>")
struct BloggerPageCommentTests {
    static let blog = "tag:blogger.com,1999:blog-3113891067179933828"
    static let number = "7031156583478223661"

    /// sample2 with "This about sums up my life" (two comments) made a page, as Blogger writes one: entry id
    /// `…page-N`, kind `#page`, while its comments keep `ref="…post-N"`. With `pageLast`, the page's entry
    /// moves to the end of the feed, after its comments.
    static func pageVariant(pageLast: Bool = false) throws -> String {
        var text = try Fixtures.text("blogger/google-blog-converters_blogger-sample2.xml")
        let id = try #require(text.range(of: "<id>\(blog).post-\(number)</id>"))
        text.replaceSubrange(id, with: "<id>\(blog).page-\(number)</id>")
        let after = try #require(text.range(of: "<id>\(blog).page-\(number)</id>")).upperBound
        let kind = try #require(text.range(of: "kind#post\"", range: after..<text.endIndex))
        text.replaceSubrange(kind, with: "kind#page\"")
        guard pageLast else { return text }
        let page = try #require(text.range(of: "<id>\(blog).page-\(number)</id>"))
        let start = try #require(
            text.range(of: "<entry>", options: .backwards, range: text.startIndex..<page.lowerBound))
        let end = try #require(text.range(of: "</entry>", range: page.upperBound..<text.endIndex))
        let entry = String(text[start.lowerBound..<end.upperBound])
        text.removeSubrange(start.lowerBound..<end.upperBound)
        let feedEnd = try #require(text.range(of: "</feed>", options: .backwards))
        text.replaceSubrange(feedEnd, with: entry + "\n</feed>")
        return text
    }

    @Test("the comments join the page, whether it comes before them or after; nothing is skipped for it")
    func commentsJoinThePage() throws {
        for pageLast in [false, true] {
            let bundle = try BloggerReader.read(Data(try Self.pageVariant(pageLast: pageLast).utf8))
            let page = try #require(bundle.posts.first { $0.sourceID == "\(Self.blog).page-\(Self.number)" })
            #expect(page.kind == .page)
            let comments = bundle.comments.filter { $0.postSourceID == page.sourceID }
            #expect(comments.count == 2, "page last: \(pageLast)")
            #expect(!bundle.skipped.contains { $0.kind == "comment" }, "\(bundle.skipped)")
            let original = try BloggerReader.read(Fixtures.data("blogger/google-blog-converters_blogger-sample2.xml"))
            #expect(bundle.comments.count == original.comments.count)
        }
    }

    @Test("a ref to a post that is in no entry, as post or as page, is still skipped")
    func trueOrphanStaysSkipped() throws {
        let text = try Self.pageVariant().replacingOccurrences(
            of: "\(Self.blog).page-\(Self.number)", with: "\(Self.blog).page-1")
        let bundle = try BloggerReader.read(Data(text.utf8))
        let orphans = bundle.skipped.filter { $0.kind == "comment" && $0.reason == "its post is not in the export" }
        #expect(orphans.count == 2)
    }

    @Test("stored, the page shows its two comments", arguments: TestDatabase.available)
    func throughTheStore(database: TestDatabase) async throws {
        let bundle = try BloggerReader.read(Data(try Self.pageVariant().utf8))
        let (archive, _) = ArchiveBuilder(timeZone: TimeZone(secondsFromGMT: 0)!).archive(from: bundle)
        try await database.withStore { store in
            let result = try await store.importArchive(archive, options: .init()) { _, _ in }
            #expect(result.commentsAdded == bundle.comments.count)
            let exported = try await store.exportArchive()
            let pages = exported.posts.filter { $0.kind == .page }
            #expect(pages.count == 1)
            let page = try #require(pages.first)
            #expect(page.title.contains("This about sums up my life"), "\(page.title)")
            #expect(exported.comments.filter { $0.post == page.id }.count == 2)
        }
    }
}
