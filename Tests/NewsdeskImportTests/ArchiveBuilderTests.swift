import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskTestSupport
import Testing

@Suite("From an export to an archive: paths, clips, threads, redirects")
struct ArchiveBuilderTests {
    let builder = ArchiveBuilder(timeZone: TimeZone(identifier: "America/New_York")!)

    func archive(_ bundle: ImportBundle) -> BlogArchive {
        builder.archive(from: bundle).archive
    }

    @Test("the 2017 and 2020 exports of the same Blogger blog give the same archive")
    func sameBlogTwoSerialisations() throws {
        let old = archive(try BloggerReader.read(Fixtures.data("blogger/hakyll-convert_blogger-000_2017-export.xml")))
        let new = archive(try BloggerReader.read(Fixtures.data("blogger/hakyll-convert_blogger-002_2020-export.xml")))
        // The 2020 file lists the entries in another order, so ids differ; everything else is the same.
        #expect(Self.byKey(old) == Self.byKey(new))
        #expect(old.posts.filter { $0.status == .published }.count == 2)
        #expect(old.posts.filter { $0.status == .draft }.count == 1)
        // Numbered by date, whatever the order of the file (Blogger lists the newest first).
        let dates = old.posts.map { $0.publishedAt ?? $0.updatedAt }
        #expect(dates == dates.sorted() && old.posts.map(\.id) == [1, 2, 3])
        let hakyll = try #require(old.posts.first { $0.path == "/2017/09/hakyll-convert-provides-library-and.html" })
        #expect(hakyll.title == "")
        #expect(old.redirects.isEmpty, "Blogger paths are kept as they were: nothing to redirect")
        let comment = try #require(old.comments.first)
        #expect(comment.post == hakyll.id && comment.isEditor)
        #expect(comment.legacyAnchor == "c4418218280178244067")
        #expect(comment.sourceKey == "blogger:tag:blogger.com,1999:blog-5162495313991119940.post-4418218280178244067")
    }

    /// Posts and comments by source key, with ids replaced by the source keys they stand for.
    static func byKey(_ archive: BlogArchive) -> [String: String] {
        let postKeys = Dictionary(uniqueKeysWithValues: archive.posts.map { ($0.id, $0.sourceKey ?? "") })
        var entries: [String: String] = [:]
        for var post in archive.posts {
            post.id = 0
            entries[post.sourceKey ?? ""] = "\(post)"
        }
        for var comment in archive.comments {
            let post = postKeys[comment.post] ?? ""
            comment.id = 0
            comment.post = 0
            entries[comment.sourceKey ?? ""] = "\(comment) on \(post)"
        }
        return entries
    }

    @Test("a Blogger draft without an address gets one from its title and date, unpublished")
    func draftPath() throws {
        let old = archive(try BloggerReader.read(Fixtures.data("blogger/hakyll-convert_blogger-000_2017-export.xml")))
        let draft = old.posts[2]
        #expect(draft.status == .draft)
        #expect(draft.slug == "just-draft-for-now")
        #expect(Permalink(path: draft.path) != nil)
    }

    @Test("WordPress: statuses, pages under /p/, unique paths, and 301s from every old address")
    func wordPressThemeUnitTest() throws {
        let bundle = try WordPressReader.read(Fixtures.data("wordpress/WPTT_themeunittestdata.wordpress.xml"))
        let result = archive(bundle)
        let posts = result.posts.filter { $0.kind == .post }
        let pages = result.posts.filter { $0.kind == .page }
        #expect(posts.count == 58 && pages.count == 21)
        #expect(Set(posts.map(\.status)) == [.published, .draft, .scheduled, .private])
        #expect(pages.allSatisfy { $0.path.hasPrefix("/p/") && $0.path.hasSuffix(".html") })
        #expect(posts.allSatisfy { Permalink(path: $0.path) != nil })
        #expect(Set(result.posts.map(\.path)).count == result.posts.count)
        let targets = Dictionary(result.redirects.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
        let bySource = Dictionary(
            result.posts.map { ($0.sourceKey ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        for imported in bundle.posts {
            guard let post = bySource["wordpress:\(imported.sourceID)"], post.status == .published else { continue }
            let id = imported.sourceID
            #expect(targets[post.kind == .page ? "/?page_id=\(id)" : "/?p=\(id)"] == post.path)
            if let old = imported.originalPath, old != post.path { #expect(targets[old] == post.path) }
        }
        let labels = Set(result.posts.filter { $0.status == .published }.flatMap(\.labels))
        for redirect in result.redirects {
            // Each old address leads to a post, a label page or feed of a published post's label, or a feed.
            let toPost = result.posts.contains { $0.path == redirect.to }
            let toLabel = labels.contains {
                [PathSegment.labelPage($0), PathSegment.labelFeed($0)].contains(redirect.to)
            }
            let toFeed = ["/feeds/posts/default", "/feeds/comments/default"].contains(redirect.to)
            #expect(toPost || toLabel || toFeed, "\(redirect.from) → \(redirect.to)")
        }
        #expect(targets["/category/classic/"] == "/search/label/Classic")
        #expect(targets["/category/classic/feed/"] == "/feeds/posts/default/-/Classic")
        #expect(targets["/feed/"] == "/feeds/posts/default")
        #expect(result.redirects.filter { $0.from.hasPrefix("/tag/") }.count > 0)
        #expect(result.comments.count == 33)
        #expect(result.comments.filter { $0.status == .pending }.count == 3)
        #expect(result.comments.filter { $0.parent != nil }.count == 10)
        #expect(result.comments.allSatisfy { $0.legacyAnchor?.hasPrefix("comment-") == true })
    }

    @Test("Isso's WordPress export: the thread under comment 2 (WordPress ids 6 → 7 → 8, 9), reused ids kept apart")
    func issoThreads() throws {
        let result = archive(try WordPressReader.read(Fixtures.data("wordpress/isso_wordpress.xml")))
        #expect(result.comments.count == 8)
        let first = try #require(result.comments.first)
        #expect(first.authorName == "Ohai" && first.body == "Erster!1")
        let second = result.comments[1]
        #expect(result.comments[2].parent == second.id)
        #expect(result.comments[3...4].allSatisfy { $0.parent == result.comments[2].id })
        #expect(result.comments[2...4].allSatisfy { $0.post == second.post })
        #expect(Set(result.comments.compactMap(\.sourceKey)).count == 8)
        #expect(result.comments.contains { $0.body.contains("\n") }, "a multi-line comment keeps its line breaks")
    }

    @Test("a clip-shaped body becomes clipping, commentary and photo; anything else stays HTML as it was")
    func clipsRecognised() throws {
        let body = """
            <table class="tr-caption-container"><tr><td><img src="https://img.example/a.jpg" /></td></tr>\
            <tr><td class="tr-caption">A caption</td></tr></table>\
            <b><a href="https://news.example/a">A headline</a></b> -- Stars And Stripes<br /><br />\
            First paragraph.<br /><br /><a href="https://news.example/a">Read more ....</a><br /><br />\
            <b>My Comment:</b> My view.
            """
        let bundle = ImportBundle(
            source: .blogger,
            posts: [
                ImportedPost(sourceID: "1", bodyHTML: body, publishedAt: Date(timeIntervalSince1970: 1_300_000_000)),
                ImportedPost(sourceID: "2", bodyHTML: "<p>Just words.</p>", publishedAt: Date()),
            ])
        let result = archive(bundle)
        let clip = try #require(result.posts[0].clipping)
        #expect(clip.headline == "A headline" && clip.outlet == "Stars And Stripes")
        #expect(clip.excerptParagraphs == ["First paragraph."])
        #expect(result.posts[0].commentary == "My view.")
        #expect(result.posts[0].image?.caption == "A caption")
        #expect(result.posts[0].bodyHTML == "")
        #expect(result.posts[1].clipping == nil && result.posts[1].bodyHTML == "<p>Just words.</p>")
    }

    @Test("Disqus comments join stored posts by the thread's address; unknown threads are reported")
    func disqusByPath() throws {
        let bundle = try DisqusReader.read(Fixtures.data("disqus/isso_disqus-export.xml"))
        let stored = ArchiveBuilder(
            timeZone: TimeZone(secondsFromGMT: 0)!, storedPostsByPath: ["/blog/2013/02/12/redacted/index.html": 42])
        let (result, skipped) = stored.archive(from: bundle)
        #expect(!result.comments.isEmpty)
        #expect(result.comments.allSatisfy { $0.post == 42 })
        #expect(skipped.contains { $0.reason.hasPrefix("no post at") })
        #expect(result.comments.count + skipped.filter { $0.kind == "comment" }.count == bundle.comments.count)
    }

    @Test("comment HTML becomes typed text: paragraphs to blank lines, other tags kept for the sanitiser")
    func commentBodies() {
        let bundle = ImportBundle(
            source: .blogger, posts: [ImportedPost(sourceID: "p", publishedAt: Date())],
            comments: [
                ImportedComment(
                    sourceID: "c", postSourceID: "p", bodyHTML: "<p>One <b>bold</b></p><p>Two<br />lines</p>",
                    createdAt: Date())
            ])
        #expect(archive(bundle).comments.first?.body == "One <b>bold</b>\n\nTwo<br />lines")
    }
}
