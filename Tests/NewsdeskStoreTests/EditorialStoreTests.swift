import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("The admin's view of posts: every state, edits, the trash and scheduling")
struct EditorialStoreTests {
    @Test(
        "posts in every state are counted and listed, the trash apart; an author sees their own",
        arguments: StoreUnderTest.all)
    func listing(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            let counts = try await store.editorialCounts(authorID: nil)
            #expect(counts == [.published: 5, .draft: 1, .scheduled: 1])
            let drafts = try await store.editorialPosts(EditorialFilter(status: .draft), offset: 0, limit: 10)
            #expect(drafts.map(\.id) == [5])
            #expect(try await store.editorialPosts(EditorialFilter(), offset: 0, limit: 100).count == 7)
            let ann = try await store.author(named: "Ann")
            let mine = try await store.createPost(
                Post(title: "Ann's draft", author: ann), timeZone: "UTC")
            let hers = try await store.editorialPosts(EditorialFilter(authorID: ann.id), offset: 0, limit: 10)
            #expect(hers.map(\.id) == [mine.id])
            #expect(try await store.editorialCounts(authorID: ann.id) == [.draft: 1])
            #expect(try await store.trashPost(id: 5))
            #expect(try await store.trashPost(id: 5) == false)
            #expect(try await store.editorialPosts(EditorialFilter(), offset: 0, limit: 100).count == 7)
            #expect(try await store.editorialCounts(authorID: nil)[.trashed] == 1)
            #expect(try await store.restorePost(id: 5))
            #expect(try await store.post(id: 5)?.status == .draft)
            #expect(try await store.restorePost(id: 5) == false)
        }
    }

    @Test("a trashed published post leaves the blog and comes back published", arguments: StoreUnderTest.all)
    func trashPublished(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            #expect(try await store.trashPost(id: 2))
            let listed = try await store.publishedPosts(.all, offset: 0, limit: 10).compactMap(\.id)
            #expect(!listed.contains(2))
            #expect(try await store.restorePost(id: 2))
            #expect(try await store.post(id: 2)?.status == .published)
        }
    }

    @Test(
        "a draft's path follows its slug and date; a published post keeps its path unless its slug changes",
        arguments: StoreUnderTest.all)
    func paths(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            var draft = try #require(try await store.post(id: 5))
            draft.title = "Drones over Yemen"
            draft.slug = ""
            draft.publishedAt = try Date("2011-03-04T10:00:00Z", strategy: .iso8601)
            draft.status = .published
            draft.format = .markdown
            draft.labels = ["Yemen", "Drones", "Yemen"]
            let published = try await store.updatePost(draft, timeZone: "UTC")
            #expect(published.path == "/2011/03/drones-over-yemen.html")
            #expect(published.labels == ["Yemen", "Drones"])
            #expect(published.format == .markdown)
            #expect(try await store.post(atPath: "/2011/03/drones-over-yemen.html")?.id == 5)
            // A new title does not move a published post.
            var retitled = published
            retitled.title = "Drones over Yemen, updated"
            retitled.slug = published.slug
            #expect(try await store.updatePost(retitled, timeZone: "UTC").path == published.path)
            // A new slug does, and the old address redirects.
            retitled.slug = "yemen-drones"
            let moved = try await store.updatePost(retitled, timeZone: "UTC")
            #expect(moved.path == "/2011/03/yemen-drones.html")
            #expect(try await store.redirects()["/2011/03/drones-over-yemen.html"] == moved.path)
            // Search sees the new text.
            let hits = try await store.search(SearchQuery("yemen"), offset: 0, limit: 5).map(\.postID)
            #expect(hits == [5])
        }
    }

    @Test(
        "a due scheduled post is published once, however many servers ask at the same moment",
        arguments: StoreUnderTest.all)
    func scheduling(subject: StoreUnderTest) async throws {
        try await Self.withServers(4, on: subject) { store, servers in
            let due = Date().addingTimeInterval(-1)
            var ids: [Int64] = []
            for index in 0..<5 {
                let post = try await store.createPost(
                    Post(title: "Scheduled \(index)", status: .scheduled, publishedAt: due), timeZone: "UTC")
                ids.append(try #require(post.id))
            }
            _ = try await store.createPost(
                Post(title: "Later", status: .scheduled, publishedAt: Date().addingTimeInterval(3600)),
                timeZone: "UTC")
            let published = try await withThrowingTaskGroup(of: [Int64].self) { group in
                for server in servers {
                    group.addTask { try await server.publishDuePosts(at: Date()) }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(published.sorted() == ids)
            #expect(try await store.editorialCounts(authorID: nil) == [.published: 5, .scheduled: 1])
            #expect(try await store.publishDuePosts(at: Date()).isEmpty)
        }
    }

    @Test("an image is stored once per content and read back byte for byte", arguments: StoreUnderTest.all)
    func media(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<300).map { UInt8($0 % 256) }
            let first = try await store.storeMedia(bytes: bytes, kind: .png, originalName: "a.png", uploadedBy: nil)
            let again = try await store.storeMedia(bytes: bytes, kind: .png, originalName: "b.png", uploadedBy: nil)
            #expect(first == again)
            #expect(first.path == "/media/\(first.sha256).png")
            #expect(first.sha256.count == 64)
            let (stored, read) = try #require(try await store.media(sha256: first.sha256))
            #expect(stored == first && read == bytes)
            #expect(try await store.media(sha256: String(repeating: "0", count: 64)) == nil)
        }
    }
}

extension EditorialStoreTests {
    /// A fresh store with `count` servers asking it at the same moment. On PostgreSQL each server is a store of its
    /// own (its own connection pool) on the same database. On SQLite servers are one process, so they are tasks on
    /// one store (in one test process, several SQLite stores share NIO's two blocking threads, which their busy
    /// waits would hold); in memory, too, there is only the one store to share.
    static func withServers(
        _ count: Int, on subject: StoreUnderTest,
        _ body: @Sendable (any NewsdeskStorage, [any NewsdeskStorage]) async throws -> Void
    ) async throws {
        guard subject.database == .postgres else {
            try await subject.withStorage { store in try await body(store, Array(repeating: store, count: count)) }
            return
        }
        try await TestDatabase.postgres.withFreshLocation { location in
            try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
                try await withServers(count, at: location) { servers in try await body(store, servers) }
            }
        }
    }

    /// `count` more stores on the database at `location`, each with its background work running, as servers.
    static func withServers<R: Sendable>(
        _ count: Int, at location: DatabaseLocation, _ body: @Sendable ([SQLStore]) async throws -> R
    ) async throws -> R {
        var servers: [SQLStore] = []
        for _ in 0..<count { servers.append(try await SQLStore.open(location, logger: TestDatabase.logger)) }
        let opened = servers
        do {
            let result = try await withThrowingTaskGroup(of: Void.self) { group in
                for server in opened { group.addTask { try await server.run() } }
                defer { group.cancelAll() }
                return try await body(opened)
            }
            for server in opened { await server.close() }
            return result
        } catch {
            for server in opened { await server.close() }
            throw error
        }
    }
}
