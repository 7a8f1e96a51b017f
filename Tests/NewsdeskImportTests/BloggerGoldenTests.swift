import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskTestSupport
import Testing

@Suite("Blogger: the same blog exported in 2017 and 2020, and hakyll-convert's golden readings")
struct BloggerGoldenTests {
    private let bundle2017: ImportBundle
    private let bundle2020: ImportBundle

    init() throws {
        bundle2017 = try BloggerReader.read(Fixtures.data("blogger/hakyll-convert_blogger-000_2017-export.xml"))
        bundle2020 = try BloggerReader.read(Fixtures.data("blogger/hakyll-convert_blogger-002_2020-export.xml"))
    }

    /// The fields that must not depend on the serialisation (the 2020 file orders entries differently and
    /// writes `https` where 2017 wrote `http`, so documents order and full URLs are left out).
    private struct PostFacts: Equatable {
        var sourceID, title, body: String
        var kind: ImportedPost.Kind
        var status: ImportedPost.Status
        var publishedAt, updatedAt: Date?
        var path, slug, authorName: String?
        var labels: [String]

        init(_ post: ImportedPost) {
            (sourceID, title, body, kind, status) = (post.sourceID, post.title, post.bodyHTML, post.kind, post.status)
            (publishedAt, updatedAt, path, slug) = (post.publishedAt, post.updatedAt, post.originalPath, post.slug)
            (authorName, labels) = (post.authorName, post.labels)
        }
    }

    @Test("both exports read to the same posts and comments")
    func sameResult() {
        let posts2017 = bundle2017.posts.map(PostFacts.init).sorted { $0.sourceID < $1.sourceID }
        let posts2020 = bundle2020.posts.map(PostFacts.init).sorted { $0.sourceID < $1.sourceID }
        #expect(posts2017.count == 3)
        #expect(posts2017 == posts2020)
        #expect(bundle2017.comments == bundle2020.comments)
        #expect(bundle2017.blogTitle == bundle2020.blogTitle)
        // Blogger's list of settings changed between the two exports; the template is there in both.
        for bundle in [bundle2017, bundle2020] {
            #expect(bundle.skipped.filter { $0.kind == "template" }.count == 1)
            #expect(bundle.skipped.allSatisfy { $0.kind == "template" || $0.kind == "settings" })
        }
    }

    @Test("posts No.0 (untitled, with a comment) and No.1 match hakyll-convert's golden reading", arguments: [0, 1])
    func golden(number: Int) throws {
        let golden = try HakyllGolden(Fixtures.text("blogger/hakyll-convert_blogger-002_post-No.\(number).golden"))
        let post = try #require(bundle2020.posts.first { $0.originalURL == golden.uri })
        #expect(post.title == (golden.title ?? ""))
        #expect(post.bodyHTML == golden.body)
        #expect(post.publishedAt?.millisecondsSince1970 == TestDates.golden(golden.date)?.millisecondsSince1970)
        #expect(post.status == .published)
        let comments = bundle2020.comments.filter { $0.postSourceID == post.sourceID }
        #expect(comments.count == golden.comments.count)
        for (comment, expected) in zip(comments, golden.comments) {
            #expect(comment.authorName == expected.author)
            #expect(comment.bodyHTML == expected.body)
            let expectedDate = try #require(ISO8601DateFormatter.withFractionalSeconds.date(from: expected.date))
            #expect(abs(comment.createdAt.timeIntervalSince(expectedDate)) < 0.000_5)
        }
    }
}

extension ISO8601DateFormatter {
    /// `2017-09-02T14:45:23.302-07:00`.
    fileprivate static var withFractionalSeconds: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
