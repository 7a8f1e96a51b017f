import Foundation
import SQLKit
import SQLiteNIO

/// What a backup copy holds, read back from the copy itself.
public struct BackupCheck: Sendable, Equatable {
    /// SQLite's `PRAGMA integrity_check` of the copy: "ok" when sound.
    public var integrity: String
    public var posts: Int
    public var comments: Int
}

extension SQLStore {
    /// Writes a consistent copy of this SQLite database to `path` with `VACUUM INTO`: it reads in one
    /// transaction, so writers go on meanwhile and the copy is the database as it was when the copy began.
    /// `path` must not exist. Throws for PostgreSQL, whose copies `pg_dump` makes.
    public func copySQLiteDatabase(to path: String) async throws {
        guard dialect == .sqlite else {
            throw StoreError.invalidConfiguration("Only an SQLite database is copied this way; use pg_dump.")
        }
        try await backend.read { database in
            try await database.raw("VACUUM INTO \(bind: path)").run()
        }
    }

    /// Opens the SQLite file at `path` on its own and checks it: its integrity, and what it holds.
    public static func checkSQLiteCopy(at path: String) async throws -> BackupCheck {
        let connection = try await SQLiteConnection.open(storage: .file(path: path)).get()
        do {
            let database = connection.sql()
            let integrity = try await database.raw("PRAGMA integrity_check").all()
                .compactMap { try? $0.decode(column: "integrity_check", as: String.self) }.joined(separator: "; ")
            let posts = try await database.raw("SELECT COUNT(*) AS n FROM posts").first(
                decodingColumn: "n", as: Int.self)
            let comments = try await database.raw("SELECT COUNT(*) AS n FROM comments")
                .first(decodingColumn: "n", as: Int.self)
            try await connection.close().get()
            return BackupCheck(integrity: integrity, posts: posts ?? 0, comments: comments ?? 0)
        } catch {
            try? await connection.close().get()
            throw error
        }
    }
}
