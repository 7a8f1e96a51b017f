import Foundation
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskStore

@Suite("The schema's state against this build's migrations")
struct SchemaStateTests {
    @Test(
        "current after migrating, behind without the newest migration, ahead with one this build lacks",
        arguments: TestDatabase.available)
    func state(database: TestDatabase) async throws {
        try await database.withFreshLocation { location in
            try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
                let known = Migration.all.map(\.version).max() ?? 0
                #expect(try await store.schemaState() == SchemaState(applied: known, known: known))
                #expect(try await store.schemaState().isCurrent)
                try await TestDatabase.executeBehindTheBack(
                    "DELETE FROM schema_migrations WHERE version = \(known)", on: location)
                #expect(try await store.schemaState() == SchemaState(applied: known - 1, known: known))
                try await TestDatabase.executeBehindTheBack(
                    "INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (\(known + 5), 'x', 0)",
                    on: location)
                #expect(try await store.schemaState().applied == known + 5)
                #expect(!(try await store.schemaState().isCurrent))
            }
        }
    }
}
