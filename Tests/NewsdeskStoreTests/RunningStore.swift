import NewsdeskStore
import NewsdeskTestSupport

/// Runs `body` with a store opened on a fresh database and running (PostgreSQL's pool works only while the
/// store runs), not yet migrated: for tests of migrations, which migrate it themselves.
func withRunningStore(_ database: TestDatabase, _ body: @escaping @Sendable (SQLStore) async throws -> Void)
    async throws
{
    try await database.withFreshLocation { location in
        let store = try await SQLStore.open(location, logger: TestDatabase.logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await store.run() }
            defer { group.cancelAll() }
            do {
                try await body(store)
                await store.close()
            } catch {
                await store.close()
                throw error
            }
        }
    }
}
