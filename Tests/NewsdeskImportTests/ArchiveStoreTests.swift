import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Imports and exports through the store, on SQLite and PostgreSQL")
struct ArchiveStoreTests {
    static func fixtureArchive(_ path: String, wordpress: Bool = false) throws -> (BlogArchive, ImportBundle) {
        let data = try Fixtures.data(path)
        let bundle = wordpress ? try WordPressReader.read(data) : try BloggerReader.read(data)
        return (ArchiveBuilder(timeZone: TimeZone(secondsFromGMT: 0)!).archive(from: bundle).archive, bundle)
    }

    static func store(_ archive: BlogArchive, in store: any NewsdeskStorage, options: ArchiveImportOptions = .init())
        async throws -> ArchiveImportResult
    {
        try await store.importArchive(archive, options: options) { _, _ in }
    }

    @Test(
        "the Theme Unit Test export stores whole, threads intact; importing it again adds nothing",
        arguments: StoreUnderTest.all)
    func importTwice(subject: StoreUnderTest) async throws {
        let (archive, _) = try Self.fixtureArchive("wordpress/WPTT_themeunittestdata.wordpress.xml", wordpress: true)
        try await subject.withStorage { store in
            let first = try await Self.store(archive, in: store)
            #expect(first.postsAdded == 79 && first.commentsAdded == 33)
            #expect(first.redirectsAdded == archive.redirects.count)
            let again = try await Self.store(archive, in: store)
            #expect(again.postsAdded == 0 && again.commentsAdded == 0 && again.redirectsAdded == 0)
            #expect(again.postsAlreadyThere == 79 && again.commentsAlreadyThere == 33)
            let exported = try await store.exportArchive()
            #expect(exported.posts.count == 79 && exported.comments.count == 33)
            let threaded = exported.comments.filter { $0.parent != nil }
            #expect(threaded.count == 10)
            #expect(threaded.allSatisfy { reply in exported.comments.contains { $0.id == reply.parent } })
        }
    }

    @Test("the 2020 export after the 2017 one of the same blog adds nothing", arguments: StoreUnderTest.all)
    func sameBlogExportedTwice(subject: StoreUnderTest) async throws {
        let (old, _) = try Self.fixtureArchive("blogger/hakyll-convert_blogger-000_2017-export.xml")
        let (new, _) = try Self.fixtureArchive("blogger/hakyll-convert_blogger-002_2020-export.xml")
        try await subject.withStorage { store in
            let first = try await Self.store(old, in: store)
            #expect(first.postsAdded == 3 && first.commentsAdded == 1)
            let second = try await Self.store(new, in: store)
            #expect(second.postsAdded == 0 && second.commentsAdded == 0)
            #expect(second.postsAlreadyThere == 3 && second.commentsAlreadyThere == 1)
        }
    }

    @Test("export, restore into an empty database, export again: the same bytes", arguments: StoreUnderTest.all)
    func jsonRoundTrip(subject: StoreUnderTest) async throws {
        let (wordpress, _) = try Self.fixtureArchive("wordpress/WPTT_themeunittestdata.wordpress.xml", wordpress: true)
        let (blogger, _) = try Self.fixtureArchive("blogger/google-blog-converters_blogger-sample2.xml")
        let first = try await subject.withStorage { store in
            try await ReferenceBlog.load(into: store)
            _ = try await Self.store(wordpress, in: store)
            _ = try await Self.store(blogger, in: store)
            _ = try await store.moderate(commentID: 1, action: .spam, actor: "test")
            _ = try await store.moderate(commentID: 2, action: .delete, actor: "editor")
            _ = try await store.moderate(commentID: 2, action: .restore, actor: "editor")
            return try ArchiveJSON.encode(try await store.exportArchive())
        }
        let second = try await subject.withStorage { store in
            _ = try await Self.store(try ArchiveJSON.decode(first), in: store, options: .init(requiresEmptyBlog: true))
            // The moderation log comes back with its comments, in order, with who and when.
            let history = try await store.moderationHistory(commentID: 2)
            #expect(history.map(\.action) == [.delete, .restore])
            #expect(history.allSatisfy { $0.actor == "editor" })
            return try ArchiveJSON.encode(try await store.exportArchive())
        }
        #expect(first == second)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("Is The Chinese Military Interested"))
        #expect(text.contains("\"actor\" : \"editor\""))
    }

    @Test("a restore refuses a blog that is not empty, and changes nothing", arguments: StoreUnderTest.all)
    func restoreNeedsEmptyBlog(subject: StoreUnderTest) async throws {
        let (archive, _) = try Self.fixtureArchive("blogger/google-blog-converters_blogger-sample2.xml")
        try await subject.withStorage { store in
            try await ReferenceBlog.load(into: store)
            let before = try ArchiveJSON.encode(try await store.exportArchive())
            await #expect(throws: ArchiveImportError.self) {
                try await Self.store(archive, in: store, options: .init(requiresEmptyBlog: true))
            }
            #expect(try ArchiveJSON.encode(try await store.exportArchive()) == before)
        }
    }

    @Test("an archive that fails halfway leaves the database as it was", arguments: StoreUnderTest.all)
    func failureRollsBack(subject: StoreUnderTest) async throws {
        var (broken, _) = try Self.fixtureArchive("wordpress/WPTT_themeunittestdata.wordpress.xml", wordpress: true)
        broken.comments[broken.comments.count - 1].post = 999_999
        var fixed = broken
        fixed.comments.removeLast()
        let (archive, repaired) = (broken, fixed)
        try await subject.withStorage { store in
            try await ReferenceBlog.load(into: store)
            let before = try ArchiveJSON.encode(try await store.exportArchive())
            await #expect(throws: ArchiveImportError.unknownPost(comment: Int64(archive.comments.count), post: 999_999))
            {
                try await Self.store(archive, in: store)
            }
            #expect(try ArchiveJSON.encode(try await store.exportArchive()) == before)
            // Nothing half-done is left to trip the next import either.
            let result = try await Self.store(repaired, in: store)
            #expect(result.postsAdded == 79)
        }
    }

    @Test("a post whose path is taken is stored beside it, and reported", arguments: StoreUnderTest.all)
    func takenPath(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            try await ReferenceBlog.load(into: store)
            let taken = "/2011/01/is-chinese-military-interested-in.html"
            let post = ArchivedPost(
                id: 1, status: .published, title: "Same address", slug: "is-chinese-military-interested-in",
                path: taken, publishedAt: Date(), updatedAt: Date(), sourceKey: "test:1")
            let result = try await Self.store(BlogArchive(posts: [post]), in: store)
            #expect(
                result.renamedPaths == [Redirect(from: taken, to: "/2011/01/is-chinese-military-interested-in-2.html")])
            #expect(
                try await store.post(atPath: "/2011/01/is-chinese-military-interested-in-2.html")?.title
                    == "Same address")
            #expect(try await store.post(atPath: taken)?.title != "Same address")
        }
    }

    @Test(
        "replies listed before their parents keep their threads; a loop of replies becomes top-level",
        arguments: StoreUnderTest.all)
    func repliesBeforeParents(subject: StoreUnderTest) async throws {
        let time = Date(millisecondsSince1970: 1_300_000_000_000)
        func comment(_ id: Int64, replyingTo parent: Int64?) -> ArchivedComment {
            ArchivedComment(
                id: id, post: 1, parent: parent, authorName: "", body: "\(id)", createdAt: time, status: .published)
        }
        let post = ArchivedPost(
            id: 1, status: .published, title: "Thread", slug: "thread", path: "/2011/03/thread.html",
            publishedAt: time, updatedAt: time)
        let archive = BlogArchive(
            posts: [post],
            comments: [
                comment(1, replyingTo: 2), comment(2, replyingTo: nil), comment(3, replyingTo: 4),
                comment(4, replyingTo: 3), comment(5, replyingTo: 99),
            ])
        try await subject.withStorage { store in
            _ = try await Self.store(archive, in: store)
            let stored = try await store.comments(onPost: 1, statuses: [.published])
            let parents = Dictionary(uniqueKeysWithValues: stored.map { ($0.body, $0.parentID) })
            #expect(parents == ["1": 2, "2": nil, "3": nil, "4": nil, "5": nil])
        }
    }

    @Test("redirects go only to paths on the blog", arguments: StoreUnderTest.all)
    func noOpenRedirects(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let archive = BlogArchive(redirects: [
                Redirect(from: "/a", to: "https://evil.example/"), Redirect(from: "/b", to: "//evil.example/"),
                Redirect(from: "/c", to: "/2011/01/fine.html"),
            ])
            let result = try await Self.store(archive, in: store)
            #expect(result.redirectsAdded == 1)
            #expect(try await store.redirects() == ["/c": "/2011/01/fine.html"])
        }
    }

    @Test("Disqus comments find their posts through stored paths and redirects", arguments: StoreUnderTest.all)
    func disqusOntoStoredPosts(subject: StoreUnderTest) async throws {
        let bundle = try DisqusReader.read(Fixtures.data("disqus/isso_disqus-export.xml"))
        try await subject.withStorage { store in
            let post = ArchivedPost(
                id: 1, status: .published, title: "Redacted", slug: "redacted", path: "/2013/02/redacted.html",
                publishedAt: Date(millisecondsSince1970: 1_360_000_000_000), updatedAt: Date())
            _ = try await Self.store(
                BlogArchive(
                    posts: [post],
                    redirects: [Redirect(from: "/blog/2013/02/12/redacted/index.html", to: "/2013/02/redacted.html")]),
                in: store)
            let builder = ArchiveBuilder(
                timeZone: TimeZone(secondsFromGMT: 0)!, storedPostsByPath: try await store.postIDsByPath())
            let (archive, _) = builder.archive(from: bundle)
            #expect(!archive.comments.isEmpty)
            let result = try await Self.store(archive, in: store)
            #expect(result.commentsAdded == archive.comments.count)
            let stored = try await store.comments(onPost: 1, statuses: Set(CommentStatus.allCases))
            #expect(stored.count == archive.comments.count)
            let again = try await Self.store(archive, in: store)
            #expect(again.commentsAdded == 0)
        }
    }
}

@Suite("Every fixture export, through the store")
struct FixtureImportTests {
    /// Every export in the fixture folders with the reader for its format; the files a reader refuses are
    /// covered by the refusal tests.
    static let files: [String] = ["blogger", "wordpress", "disqus"].flatMap { folder in
        let names =
            (try? FileManager.default.contentsOfDirectory(
                atPath: Fixtures.directory.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { "\(folder)/\($0)" }
    }

    static func read(_ path: String) throws -> ImportBundle? {
        let data = try Fixtures.data(path)
        do {
            switch ImportFormat.detect(data) {
            case .blogger, .bloggerTakeout: return try BloggerReader.read(data)
            case .wordpress: return try WordPressReader.read(data)
            case .disqus: return try DisqusReader.read(data)
            case nil: return nil
            }
        } catch is ImportError {
            return nil
        }
    }

    @Test("the fixture folders hold the files the README lists")
    func filesFound() {
        #expect(Self.files.count >= 30)
    }

    @Test("each readable export stores whole, once", arguments: files)
    func importsWhole(path: String) async throws {
        guard let bundle = try Self.read(path) else {
            // The refusal tests cover these, each with its line and column.
            // remark42's Disqus files begin with a stray backquote (copied out of a Go string): not XML.
            let refused = ["malformed", "version-tag", "crazy-cdata.xml", "remark42_"]
            #expect(refused.contains { path.contains($0) }, "\(path) was refused")
            return
        }
        let archive = ArchiveBuilder(timeZone: TimeZone(secondsFromGMT: 0)!).archive(from: bundle).archive
        // An item listed twice in an export (Pelican's, WordPress's a11y data, Ghost's Blogger sample) is one post.
        #expect(archive.posts.count == Set(bundle.posts.map(\.sourceID)).count)
        try await TestDatabase.sqlite.withStore { store in
            let first = try await store.importArchive(archive, options: .init()) { _, _ in }
            #expect(first.postsAdded == archive.posts.count)
            #expect(first.commentsAdded == archive.comments.count)
            let again = try await store.importArchive(archive, options: .init()) { _, _ in }
            #expect(again.postsAdded == 0 && again.commentsAdded == 0)
            let stored = try await store.exportArchive()
            #expect(stored.posts.map(\.title) == archive.posts.map(\.title))
            #expect(stored.posts.map(\.bodyHTML) == archive.posts.map(\.bodyHTML), "bodies stored exactly")
            #expect(stored.comments.map(\.body) == archive.comments.map(\.body))
        }
    }
}
