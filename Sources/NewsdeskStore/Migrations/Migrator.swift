import Foundation
import Logging
import NewsdeskCore
import SQLKit

/// Applies the numbered migrations that a database lacks, each in its own transaction.
struct Migrator: Sendable {
    let backend: any DatabaseBackend
    let logger: Logger

    /// Brings the schema up to date; safe to run from several servers at once.
    func migrate(_ migrations: [Migration] = Migration.all) async throws -> [Int] {
        try await backend.transaction { database in
            try await database.raw(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)
                """
            ).run()
        }
        let known = migrations.map(\.version).max() ?? 0
        var applied: [Int] = []
        for migration in migrations.sorted(by: { $0.version < $1.version }) {
            let dialect = backend.dialect
            let didApply = try await backend.transaction { database -> Bool in
                if dialect == .postgres {
                    // Serialises concurrent migrators across servers; released at commit.
                    try await database.raw("SELECT pg_advisory_xact_lock(7262011)").run()
                }
                let versions = try await database.select().column("version").from("schema_migrations")
                    .all(decodingColumn: "version", as: Int.self)
                if let newest = versions.max(), newest > known {
                    throw StoreError.schemaTooNew(found: newest, known: known)
                }
                if versions.contains(migration.version) { return false }
                for statement in migration.statements(for: dialect) {
                    try await database.raw(SQLQueryString(statement)).run()
                }
                try await migration.fill?(database)
                try await database.insert(into: "schema_migrations")
                    .columns("version", "name", "applied_at_ms")
                    .values(SQLBind(migration.version), SQLBind(migration.name), SQLBind(Date().millisecondsSince1970))
                    .run()
                return true
            }
            if didApply {
                logger.info("Applied migration \(migration.version) (\(migration.name))")
                applied.append(migration.version)
            }
        }
        return applied
    }
}
