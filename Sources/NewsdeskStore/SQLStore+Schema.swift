import NewsdeskCore
import SQLKit

extension SQLStore: SchemaReporting {
    /// The database's schema against this build's migrations: one small read.
    public func schemaState() async throws -> SchemaState {
        let applied = try await backend.read { database in
            try await database.raw("SELECT MAX(version) AS newest FROM schema_migrations")
                .first(decodingColumn: "newest", as: Int?.self) ?? nil
        }
        return SchemaState(applied: applied ?? 0, known: Migration.all.map(\.version).max() ?? 0)
    }
}
