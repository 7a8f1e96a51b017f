import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Synchronization
import Testing

@testable import NewsdeskWeb

@Suite("What a write makes stale")
struct ChangeScopeTests {
    @Test(
        "two servers: a comment on post A leaves post B cached on both, and shows on post A on both within 1 s",
        arguments: TestDatabase.available)
    func commentTouchesItsPostOnly(database: TestDatabase) async throws {
        let first = PageCache()
        let second = PageCache()
        try await withDemoApp(database, cache: first) { clientA, store, location in
            let other = try await store.createPost(
                Post(title: "Another Story", status: .published, publishedAt: ReferenceBlog.publishedAt),
                timeZone: "UTC")
            try await withSecondServer(on: location, cache: second) { clientB in
                // Both watchers have seen the new post before the pages are read.
                try await Task.sleep(for: .milliseconds(400))
                for client in [clientA, clientB] {
                    for path in [referencePath, other.path, "/"] {
                        #expect(try await client.execute(uri: path, method: .get).status == .ok)
                    }
                }
                for cache in [first, second] {
                    #expect(cache.page(other.path) != nil && cache.page(referencePath) != nil)
                }

                let response = try await postComment(clientA, name: "Reader", body: "Seen on every server")
                #expect(response.status == .seeOther)
                let posted = ContinuousClock.now
                let onB = try await page(clientB, referencePath, eventuallyContaining: "Seen on every server")
                let shownWithin = ContinuousClock.now - posted
                #expect(onB.contains("Seen on every server"))
                #expect(
                    shownWithin < .seconds(1), "post A showed the comment on the second server after \(shownWithin)")
                let onA = try await page(clientA, referencePath, eventuallyContaining: "Seen on every server")
                #expect(onA.contains("Seen on every server"))

                // The listing shows comment counts, so it is stale on both; post B was not touched.
                #expect(first.page("/") == nil && second.page("/") == nil)
                #expect(first.page(other.path) != nil, "post B was dropped on the server that took the comment")
                #expect(second.page(other.path) != nil, "post B was dropped on the other server")
            }
        }
    }

    @Test("a write this server made is applied once: its watcher skips it, another writer's is applied")
    func appliedOnce() async throws {
        let cache = PageCache(refreshInterval: 0)
        let applier = ChangeApplier(cache: cache)
        applier.start(at: 10)
        let render: @Sendable () async throws -> CachedPage = {
            var page = CachedPage(text: "post 7")
            page.subject = .post(7)
            return page
        }
        _ = try await cache.page("/post-7", render: render)

        applier.committedHere(CommittedChange(generation: 11, changes: [.comments(postID: 7)]))
        #expect(cache.page("/post-7") == nil, "the writer's own comment did not make its post stale")
        _ = try await cache.page("/post-7", renderedAfter: Date(), render: render)
        #expect(cache.page("/post-7") != nil)

        applier.read(ChangeLog(generation: 11, entries: [.init(generation: 11, change: .comments(postID: 7))]))
        #expect(cache.page("/post-7") != nil, "the watcher applied this server's own write a second time")

        applier.read(ChangeLog(generation: 12, entries: [.init(generation: 12, change: .comments(postID: 8))]))
        #expect(cache.page("/post-7") != nil, "a comment on another post made this one stale")

        applier.read(ChangeLog(generation: 13, entries: [.init(generation: 13, change: .comments(postID: 7))]))
        #expect(cache.page("/post-7") == nil, "another writer's comment on this post was not applied")

        _ = try await cache.page("/post-7", renderedAfter: Date(), render: render)
        applier.read(ChangeLog(generation: 20, entries: nil))
        #expect(cache.page("/post-7") == nil, "a log that cannot say what changed must drop everything")
        // This server's own commit told after the watcher read past it was applied by the watcher already.
        _ = try await cache.page("/post-7", renderedAfter: Date(), render: render)
        applier.committedHere(CommittedChange(generation: 19, changes: [.everything]))
        #expect(cache.page("/post-7") != nil, "a commit the watcher had already applied was applied again")
        #expect(applier.floor == 20)
    }

    @Test("the store logs what each write touched, and says when it cannot tell", arguments: TestDatabase.available)
    func storeLogsChanges(database: TestDatabase) async throws {
        try await database.withFreshLocation { location in
            try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
                try await ReferenceBlog.load(into: store)
                let start = try await store.changeGeneration()
                let post = try #require(try await store.post(atPath: referencePath))
                let postID = try #require(post.id)
                let committed = CommittedChanges()
                store.onCommit { committed.append($0) }
                _ = try await store.addComment(NewComment(postID: postID, authorName: "Ann", body: "One"))
                _ = try await store.trashPost(id: postID)
                _ = try await store.trashPost(id: postID)  // already in the trash: nothing written, nothing logged

                let log = try await store.changes(after: start, limit: 10)
                #expect(log.generation == start + 2)
                #expect(log.entries?.map(\.change) == [.comments(postID: postID), .post(id: postID)])
                #expect(committed.all.map(\.generation) == [start + 1, start + 2])
                #expect(try await store.changes(after: start, limit: 1).entries == nil)
                #expect(try await store.changes(after: start + 2, limit: 10).entries == [])
            }
        }
    }
}

/// What a store told its observers.
final class CommittedChanges: Sendable {
    private let list = Mutex<[CommittedChange]>([])
    func append(_ change: CommittedChange) { list.withLock { $0.append(change) } }
    var all: [CommittedChange] { list.withLock { $0 } }
}

/// A second server on the same database, with its own page cache, as behind a load balancer.
func withSecondServer(
    on location: DatabaseLocation, cache: PageCache,
    _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
) async throws {
    let store = try await SQLStore.open(location, logger: TestDatabase.logger)
    let configuration = AppConfiguration(
        host: "127.0.0.1", port: 0, database: location, baseURL: "https://wnu.example",
        changePollInterval: .milliseconds(50), trustedProxies: .routerTests, logger: TestDatabase.logger)
    let app = buildApplication(
        configuration: configuration, store: store, theme: try await Theme.load(), cache: cache,
        logger: TestDatabase.logger)
    try await app.test(.router, test)
    await store.close()
}
