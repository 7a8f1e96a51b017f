import Foundation
import NewsdeskCore
import NewsdeskTestSupport
import SQLKit
import Testing

@testable import NewsdeskStore

@Suite("Migration 4 indexes posts written before it")
struct SearchMigrationTests {
    @Test("free HTML stored before search existed is found after the upgrade", arguments: TestDatabase.available)
    func upgrade(database: TestDatabase) async throws {
        try await withRunningStore(database) { store in try await upgrade(store) }
    }

    /// Migrates to version 3, stores a post with free HTML the old way, then applies the rest.
    func upgrade(_ store: SQLStore) async throws {
        let migrator = Migrator(backend: store.backend, logger: TestDatabase.logger)
        #expect(try await migrator.migrate(Array(Migration.all.prefix(3))) == [1, 2, 3])
        try await store.backend.transaction { database in
            try await database.raw(
                """
                INSERT INTO posts (title, slug, path, status, published_at_ms, updated_at_ms, commentary, body_html)
                VALUES ('Old post', 'old-post', '/2009/05/old-post.html', 'published', 1241000000000,
                        1241000000000, '', '<p>The <em>Helmand</em> offensive &amp; more</p>')
                """
            ).run()
        }
        #expect(try await migrator.migrate() == [4, 5, 6, 7, 8, 9, 10, 11, 12])
        let hits = try await store.search(SearchQuery("helmand offensive"), offset: 0, limit: 5)
        #expect(hits.map(\.title) == ["Old post"])
    }
}
