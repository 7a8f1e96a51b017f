import Foundation
import Logging
import NewsdeskStore
import PostgresNIO
import SQLiteNIO

/// The databases a test can run on: SQLite always; PostgreSQL when `make test` started one.
public enum TestDatabase: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite
    case postgres

    public var description: String { rawValue }

    /// The backends to run on here. `make test` sets NEWSDESK_REQUIRE_POSTGRES=1, so a missing server fails there.
    public static var available: [TestDatabase] {
        let environment = ProcessInfo.processInfo.environment
        if environment["NEWSDESK_TEST_POSTGRES_URL"] != nil || environment["NEWSDESK_REQUIRE_POSTGRES"] == "1" {
            return [.sqlite, .postgres]
        }
        return [.sqlite]
    }

    /// A quiet logger for tests.
    public static let logger: Logger = {
        var logger = Logger(label: "newsdesk-test")
        logger.logLevel = .warning
        return logger
    }()

    /// A new, empty database of this kind, migrated; it is deleted after `body`.
    public func withFreshLocation<R: Sendable>(_ body: (DatabaseLocation) async throws -> R) async throws -> R {
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "newsdesk-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            return try await body(.sqlite(path: directory.appendingPathComponent("blog.sqlite").path))
        case .postgres:
            let admin = try Self.postgresURL()
            let name = "newsdesk_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
            try await Self.adminQuery(admin, "CREATE DATABASE \(name)")
            var parts = URLComponents(string: admin)!
            parts.path = "/" + name
            do {
                let result = try await body(.postgres(url: parts.string!))
                try? await Self.adminQuery(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
                return result
            } catch {
                try? await Self.adminQuery(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
                throw error
            }
        }
    }

    /// Opens a fresh, migrated store for `body` and closes it afterwards.
    public func withStore<R: Sendable>(_ body: @Sendable (SQLStore) async throws -> R) async throws -> R {
        try await withFreshLocation { location in
            try await SQLStore.withStore(location, logger: Self.logger, body)
        }
    }

    static func postgresURL() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["NEWSDESK_TEST_POSTGRES_URL"], !url.isEmpty else {
            throw TestDatabaseError.postgresMissing
        }
        return url
    }

    /// Runs one statement on the maintenance database given by NEWSDESK_TEST_POSTGRES_URL.
    static func adminQuery(_ url: String, _ statement: String) async throws {
        guard let parts = URLComponents(string: url), let host = parts.host, let user = parts.user else {
            throw TestDatabaseError.postgresMissing
        }
        let configuration = PostgresClient.Configuration(
            host: host, port: parts.port ?? 5432, username: user, password: parts.password,
            database: String(parts.path.dropFirst()), tls: .disable)
        let client = PostgresClient(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await client.query(PostgresQuery(unsafeSQL: statement))
        }
    }
}

/// Why a PostgreSQL test could not run.
public enum TestDatabaseError: Error, CustomStringConvertible {
    case postgresMissing

    public var description: String {
        "PostgreSQL tests need NEWSDESK_TEST_POSTGRES_URL (make test starts a throwaway server and sets it)."
    }
}

extension TestDatabase {
    /// Runs raw SQL on a database behind the application's back, as another process would (to break it on purpose).
    public static func executeBehindTheBack(_ statement: String, on location: DatabaseLocation) async throws {
        switch location {
        case .sqlite(let path):
            let connection = try await SQLiteConnection.open(storage: .file(path: path)).get()
            _ = try await connection.query(statement).get()
            try await connection.close().get()
        case .postgres(let url):
            try await adminQuery(url, statement)
        }
    }
}
