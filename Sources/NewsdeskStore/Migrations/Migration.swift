import SQLKit

/// One numbered schema change, written once per dialect.
struct Migration: Sendable {
    /// The number; migrations apply in ascending order, each once.
    let version: Int
    /// A short name for logs.
    let name: String
    /// The statements for SQLite.
    let sqlite: [String]
    /// The statements for PostgreSQL.
    let postgres: [String]
    /// Work SQL alone cannot do (text derived in Swift), run after the statements in the same transaction.
    var fill: (@Sendable (any SQLDatabase) async throws -> Void)? = nil

    func statements(for dialect: SQLDialectKind) -> [String] {
        switch dialect {
        case .sqlite: return sqlite
        case .postgres: return postgres
        }
    }
}

extension Migration {
    /// Every migration, in order. Append new ones; never edit one that has shipped.
    static let all: [Migration] = [
        .m001Initial, .m002Conversation, .m003Archive, .m004Discovery, .m005Accounts, .m006Editor, .m007ArchiveIndex,
        .m008PhotoSearch, .m009ChangeTime, .m010ChangeLog, .m011SourceLinks,
        .m012APITokens,
    ]
}
