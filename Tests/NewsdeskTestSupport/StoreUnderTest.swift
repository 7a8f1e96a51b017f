import NewsdeskCore
import NewsdeskStore

/// A store the store contract tests run on: ``InMemoryStore``, or ``SQLStore`` on a test database.
public enum StoreUnderTest: Sendable, CustomStringConvertible {
    case memory
    case database(TestDatabase)

    /// Memory always, then every database available here (SQLite; PostgreSQL when `make test` started one).
    public static var all: [StoreUnderTest] {
        [.memory] + TestDatabase.available.map { .database($0) }
    }

    public var description: String {
        switch self {
        case .memory: "memory"
        case .database(let database): database.description
        }
    }

    /// The database behind the store, if any.
    public var database: TestDatabase? {
        if case .database(let database) = self { return database }
        return nil
    }

    /// A fresh, empty store for `body`: a new in-memory store, or a new migrated database that is deleted after.
    public func withStorage<R: Sendable>(_ body: @Sendable (any NewsdeskStorage) async throws -> R) async throws -> R {
        switch self {
        case .memory: try await body(InMemoryStore())
        case .database(let database): try await database.withStore { store in try await body(store) }
        }
    }
}
