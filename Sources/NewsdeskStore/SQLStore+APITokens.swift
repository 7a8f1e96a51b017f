import Foundation
import NewsdeskCore
import SQLKit

// Token writes go straight to a transaction, not through `write`, as account writes do: they change no page.
extension SQLStore: APITokenStore {
    public func createAPIToken(name: String, scope: APIScope, userID: Int64, secretHash: String, at now: Date)
        async throws -> APIToken
    {
        let name = APIToken.normalizedName(name)
        if let problem = APIToken.nameProblem(name) { throw APITokenStoreError.invalidName(problem) }
        return try await backend.transaction { database in
            let user = try await database.raw("SELECT id FROM users WHERE id = \(bind: userID)")
                .first(decodingColumn: "id", as: Int64.self)
            guard user != nil else { throw APITokenStoreError.noSuchUser(userID) }
            try await database.raw(
                """
                INSERT INTO api_tokens (secret_hash, name, scope, user_id, created_at_ms)
                VALUES (\(bind: secretHash), \(bind: name), \(bind: scope.rawValue), \(bind: userID),
                        \(bind: now.millisecondsSince1970))
                """
            ).run()
            let row = try await database.raw(
                "SELECT \(unsafeRaw: APITokenRow.columns) FROM api_tokens t WHERE t.secret_hash = \(bind: secretHash)"
            ).first()
            guard let row else { throw StoreError.notFound("The API token just stored") }
            return try APITokenRow(row: row).token
        }
    }

    public func apiTokens() async throws -> [APIToken] {
        try await backend.read { database in
            try await database.raw("SELECT \(unsafeRaw: APITokenRow.columns) FROM api_tokens t ORDER BY t.id")
                .all().map { try APITokenRow(row: $0).token }
        }
    }

    public func revokeAPIToken(id: Int64, at now: Date) async throws -> APIToken? {
        try await backend.transaction { database in
            try await database.raw(
                """
                UPDATE api_tokens SET revoked_at_ms = \(bind: now.millisecondsSince1970)
                WHERE id = \(bind: id) AND revoked_at_ms IS NULL
                """
            ).run()
            return try await database.raw(
                "SELECT \(unsafeRaw: APITokenRow.columns) FROM api_tokens t WHERE t.id = \(bind: id)"
            ).first().map { try APITokenRow(row: $0).token }
        }
    }

    public func apiToken(secretHash: String, at now: Date) async throws -> (APIToken, User)? {
        let row = try await backend.read { database in
            try await database.raw(
                """
                SELECT \(unsafeRaw: UserRow.columns), \(unsafeRaw: APITokenRow.columns)
                FROM api_tokens t JOIN users u ON u.id = t.user_id
                WHERE t.secret_hash = \(bind: secretHash) AND t.revoked_at_ms IS NULL
                """
            ).first()
        }
        guard let row else { return nil }
        var token = try APITokenRow(row: row).token
        let user = try row.decode(model: UserRow.self, keyDecodingStrategy: .convertFromSnakeCase).user
        if let last = token.lastUsedAt, now.timeIntervalSince(last) < APIToken.lastUseResolution {
            return (token, user)
        }
        // Only a stale record is written, so a busy token costs one write a minute; the condition keeps two
        // servers answering at once from both writing.
        let stale = now.addingTimeInterval(-APIToken.lastUseResolution).millisecondsSince1970
        try await backend.transaction { [id = token.id] database in
            try await database.raw(
                """
                UPDATE api_tokens SET last_used_at_ms = \(bind: now.millisecondsSince1970)
                WHERE id = \(bind: id) AND (last_used_at_ms IS NULL OR last_used_at_ms <= \(bind: stale))
                """
            ).run()
        }
        token.lastUsedAt = Date(millisecondsSince1970: now.millisecondsSince1970)
        return (token, user)
    }
}
