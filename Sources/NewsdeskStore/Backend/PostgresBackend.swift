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
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
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

    func read<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await client.withConnection { connection in
            try await body(connection.sql(queryLogLevel: nil))
        }
    }

    func transaction<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await client.withConnection { connection in
            try await connection.sql(queryLogLevel: nil).inTransaction(body)
        }
    }

    func run() async throws {
        await client.run()
    }

    func close() async {}
}
