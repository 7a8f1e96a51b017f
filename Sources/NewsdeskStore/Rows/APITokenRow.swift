import Foundation
import NewsdeskCore
import SQLKit

/// An `api_tokens` row, read as `t` with its columns named apart from a joined user's.
struct APITokenRow {
    let token: APIToken

    /// The columns read, in the names ``init(row:)`` reads them by.
    static let columns = """
        t.id AS token_id, t.name AS token_name, t.scope AS token_scope, t.user_id AS token_user_id,
        t.created_at_ms AS token_created_at_ms, t.last_used_at_ms AS token_last_used_at_ms,
        t.revoked_at_ms AS token_revoked_at_ms
        """

    init(row: any SQLRow) throws {
        let scope = try row.decode(column: "token_scope", as: String.self)
        token = APIToken(
            id: try row.decode(column: "token_id", as: Int64.self),
            name: try row.decode(column: "token_name", as: String.self),
            // A scope this build does not know (written by a newer one) grants the least, never more.
            scope: APIScope(rawValue: scope) ?? .read,
            userID: try row.decode(column: "token_user_id", as: Int64.self),
            createdAt: Date(millisecondsSince1970: try row.decode(column: "token_created_at_ms", as: Int64.self)),
            lastUsedAt: try row.optional("token_last_used_at_ms", Int64.self).map(Date.init(millisecondsSince1970:)),
            revokedAt: try row.optional("token_revoked_at_ms", Int64.self).map(Date.init(millisecondsSince1970:)))
    }
}
