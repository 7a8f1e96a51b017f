import Foundation
import Logging
import PostgresKit
import PostgresNIO
import SQLKit

/// PostgreSQL through postgres-nio's connection pool; several app servers may share the database.
final class PostgresBackend: DatabaseBackend {
    let dialect = SQLDialectKind.postgres
    private let client: PostgresClient
    private let logger: Logger

    /// Parses the URL and builds the pool; no connection is made until `run()` is going.
    init(url: String, logger: Logger) throws {
        guard let configuration = PostgresBackend.configuration(from: url) else {
            throw StoreError.invalidConfiguration(
                "Not a valid PostgreSQL URL (postgres://user:password@host:port/database)")
        }
        // At trace, postgres-nio logs each message's bytes: rows of sessions and users would reach the log.
        var driverLogger = logger
        driverLogger.logLevel = max(logger.logLevel, .debug)
        self.client = PostgresClient(configuration: configuration, backgroundLogger: driverLogger)
        self.logger = logger
    }

    static func configuration(from url: String) -> PostgresClient.Configuration? {
        guard let parts = URLComponents(string: url), let host = parts.host, let user = parts.user else { return nil }
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let requireTLS = parts.queryItems?.contains { $0.name == "sslmode" && $0.value == "require" } ?? false
        var configuration = PostgresClient.Configuration(
            host: host,
            port: parts.port ?? 5432,
            username: user.removingPercentEncoding ?? user,
            password: parts.password?.removingPercentEncoding,
            database: database.isEmpty ? nil : database,
            tls: requireTLS ? .require(.makeClientConfiguration()) : .disable
        )
        configuration.options.maximumConnections = 8
        return configuration
    }

    func read<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await withConnection { try await body($0) }
    }

    func transaction<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await withConnection { try await $0.inTransaction(body) }
    }

    /// Runs `body` on a pooled connection. An operation whose caller gave up while it waited for the connection
    /// does not start; a lost connection or a server going down is ``StoreError/unavailable(_:)``.
    private func withConnection<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        let asked = ContinuousClock.now
        do {
            return try await client.withConnection { connection in
                StoreMetrics.recordPoolWait(since: asked)
                try Task.checkCancellation()
                return try await body(connection.sql(queryLogLevel: nil))
            }
        } catch let error as PSQLError {
            throw Self.unavailability(error) ?? error
        }
    }

    /// The outage `error` shows, if it shows one: the connection is gone, or the server is shutting down or
    /// starting (SQLSTATE classes 08 and 57).
    static func unavailability(_ error: PSQLError) -> StoreError? {
        switch error.code {
        case .clientClosedConnection, .serverClosedConnection, .connectionError, .uncleanShutdown, .poolClosed:
            return .unavailable("the connection to PostgreSQL was lost")
        case .server:
            guard let state = error.serverInfo?[.sqlState], state.hasPrefix("08") || state.hasPrefix("57") else {
                return nil
            }
            return .unavailable("PostgreSQL is shutting down or starting up")
        default:
            return nil
        }
    }

    func run() async throws {
        await client.run()
    }

    func close() async {}
}
