import Foundation
import NewsdeskCore
import NewsdeskTestSupport
import SQLKit
import Testing

@testable import NewsdeskStore

@Suite("Migrations 8 and 9: photo captions in search, and the blog's change time")
struct PhotoSearchMigrationTests {
    @Test(
        "a post stored before is found by its photo's caption and an image's alt; the change time is its newest",
        arguments: TestDatabase.available)
    func upgrade(database: TestDatabase) async throws {
        try await withRunningStore(database) { store in try await upgrade(store) }
    }

    /// Migrates to version 7, stores a post with a captioned photo the old way, then applies the rest.
    func upgrade(_ store: SQLStore) async throws {
        let migrator = Migrator(backend: store.backend, logger: TestDatabase.logger)
        #expect(try await migrator.migrate(Array(Migration.all.prefix(7))) == [1, 2, 3, 4, 5, 6, 7])
        try await store.backend.transaction { database in
            try await database.raw(
                """
                INSERT INTO posts (title, slug, path, status, published_at_ms, updated_at_ms, commentary, body_html,
                                   image_url, image_caption, image_alt)
                VALUES ('Is the military interested?', 'military', '/2011/01/military.html', 'published',
                        1295000000000, 1295000000000, 'My comment.', '<p>Text</p><img src="/b.jpg" alt="Shenyang J-20">',
                        '/a.jpg', 'Defence minister Liang Guanglie', 'A minister')
                """
            ).run()
        }
        #expect(try await store.search(SearchQuery("Guanglie"), offset: 0, limit: 5).isEmpty, "not indexed before")
        #expect(try await migrator.migrate() == [8, 9, 10, 11, 12])
        for query in ["Liang Guanglie", "Shenyang", "minister"] {
            let hits = try await store.search(SearchQuery(query), offset: 0, limit: 5)
            #expect(hits.map(\.title) == ["Is the military interested?"], "\(query)")
        }
        #expect(try await store.lastChangeTime() == Date(millisecondsSince1970: 1_295_000_000_000))
    }

    @Test("every write moves the change time", arguments: TestDatabase.available)
    func writesMoveTheChangeTime(database: TestDatabase) async throws {
        try await database.withStore { store in
            let before = Date()
            try await ReferenceBlog.load(into: store)
            let changed = try #require(try await store.lastChangeTime())
            #expect(changed.timeIntervalSince(before) > -1 && changed.timeIntervalSinceNow < 1)
        }
    }
}
