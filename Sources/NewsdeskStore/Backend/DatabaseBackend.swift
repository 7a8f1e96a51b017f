import SQLKit

/// The SQL dialects Newsdesk speaks; migrations and full-text search differ per dialect.
public enum SQLDialectKind: String, Sendable {
    case sqlite
    case postgres
}

/// A connection source for one database: reads run as they come, writes run in transactions.
protocol DatabaseBackend: Sendable {
    /// Which dialect the backend speaks.
    var dialect: SQLDialectKind { get }
    /// Runs `body` with a database that sees only committed data.
    func read<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R
    /// Keeps the backend's background work going until cancelled (PostgreSQL's pool needs it).
    func run() async throws
    /// Closes the connections.
    func close() async
}

extension SQLDatabase {
    /// Runs `body` between `begin` and COMMIT on this connection, rolling back when it throws.
    func inTransaction<R: Sendable>(
        begin: SQLQueryString = "BEGIN", _ body: @Sendable (any SQLDatabase) async throws -> R
    ) async throws -> R {
        try await raw(begin).run()
        do {
            let result = try await body(self)
            try await raw("COMMIT").run()
            return result
        } catch {
            try? await raw("ROLLBACK").run()
            throw error
        }
    }
}
