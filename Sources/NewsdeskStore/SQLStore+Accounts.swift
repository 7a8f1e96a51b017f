import Foundation
import NewsdeskCore
import SQLKit

// Account writes go straight to a transaction, not through `write`: they change no page, so they must not
// make every server drop its page cache.
extension SQLStore: AccountStore {
    public func addUser(_ user: User, passwordHash: String) async throws -> User {
        try await backend.transaction { database in
            let taken = try await database.raw("SELECT id FROM users WHERE email = \(bind: user.email)")
                .first(decodingColumn: "id", as: Int64.self)
            if taken != nil { throw AccountStoreError.emailTaken(user.email) }
            try await database.raw(
                """
                INSERT INTO authors (display_name) VALUES (\(bind: user.displayName))
                ON CONFLICT (display_name) DO NOTHING
                """
            ).run()
            let authorID = try await database.raw(
                "SELECT id FROM authors WHERE display_name = \(bind: user.displayName)"
            ).first(decodingColumn: "id", as: Int64.self)
            try await database.raw(
                """
                INSERT INTO users (email, display_name, role, password_hash, author_id, created_at_ms)
                VALUES (\(bind: user.email), \(bind: user.displayName), \(bind: user.role.rawValue),
                        \(bind: passwordHash), \(bind: authorID), \(bind: Date().millisecondsSince1970))
                """
            ).run()
            let id = try await database.raw("SELECT id FROM users WHERE email = \(bind: user.email)")
                .first(decodingColumn: "id", as: Int64.self)
            var stored = user
            (stored.id, stored.authorID) = (id, authorID)
            return stored
        }
    }

    public func userCredentials(email: String) async throws -> (User, passwordHash: String)? {
        let row = try await backend.read { database in
            try await database.raw("SELECT \(unsafeRaw: UserRow.columns) FROM users u WHERE u.email = \(bind: email)")
                .first(decoding: UserRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
        return row.map { ($0.user, $0.passwordHash) }
    }

    public func users() async throws -> [User] {
        try await backend.read { database in
            try await database.raw("SELECT \(unsafeRaw: UserRow.columns) FROM users u ORDER BY u.email")
                .all(decoding: UserRow.self, keyDecodingStrategy: .convertFromSnakeCase).map(\.user)
        }
    }

    public func deleteUser(email: String) async throws -> Bool {
        try await backend.transaction { database in
            let id = try await database.raw("SELECT id FROM users WHERE email = \(bind: email)")
                .first(decodingColumn: "id", as: Int64.self)
            guard let id else { return false }
            // Sessions and API tokens go by the foreign keys' cascade; uploads keep their bytes, unattributed.
            try await database.raw("DELETE FROM users WHERE id = \(bind: id)").run()
            return true
        }
    }

    public func setPasswordHash(_ hash: String, forEmail email: String) async throws -> Bool {
        try await backend.transaction { database in
            let id = try await database.raw("SELECT id FROM users WHERE email = \(bind: email)")
                .first(decodingColumn: "id", as: Int64.self)
            guard let id else { return false }
            try await database.raw("UPDATE users SET password_hash = \(bind: hash) WHERE id = \(bind: id)").run()
            try await database.raw("DELETE FROM sessions WHERE user_id = \(bind: id)").run()
            return true
        }
    }

    public func createSession(_ session: AdminSession) async throws {
        try await backend.transaction { database in
            // Expired sessions are swept here rather than by a timer: sign-ins are rare and every server does them.
            try await database.raw(
                "DELETE FROM sessions WHERE expires_at_ms < \(bind: session.createdAt.millisecondsSince1970)"
            ).run()
            try await database.raw(
                """
                INSERT INTO sessions (token_hash, user_id, csrf_token, created_at_ms, expires_at_ms)
                VALUES (\(bind: session.tokenHash), \(bind: session.userID), \(bind: session.csrfToken),
                        \(bind: session.createdAt.millisecondsSince1970), \(bind: session.expiresAt.millisecondsSince1970))
                """
            ).run()
        }
    }

    public func session(tokenHash: String, at now: Date) async throws -> (AdminSession, User)? {
        let row = try await backend.read { database in
            try await database.raw(
                """
                SELECT \(unsafeRaw: UserRow.columns), s.csrf_token, s.created_at_ms, s.expires_at_ms
                FROM sessions s JOIN users u ON u.id = s.user_id
                WHERE s.token_hash = \(bind: tokenHash) AND s.expires_at_ms > \(bind: now.millisecondsSince1970)
                """
            ).first()
        }
        guard let row else { return nil }
        let user = try row.decode(model: UserRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        let session = AdminSession(
            tokenHash: tokenHash, userID: user.id, csrfToken: try row.decode(column: "csrf_token", as: String.self),
            createdAt: Date(millisecondsSince1970: try row.decode(column: "created_at_ms", as: Int64.self)),
            expiresAt: Date(millisecondsSince1970: try row.decode(column: "expires_at_ms", as: Int64.self)))
        return (session, user.user)
    }

    public func deleteSession(tokenHash: String) async throws {
        try await backend.transaction { database in
            try await database.raw("DELETE FROM sessions WHERE token_hash = \(bind: tokenHash)").run()
        }
    }

    public func recordLoginFailure(email: String, address: String, at time: Date, forgetBefore: Date) async throws {
        try await backend.transaction { database in
            try await database.raw(
                "DELETE FROM login_failures WHERE at_ms < \(bind: forgetBefore.millisecondsSince1970)"
            ).run()
            try await database.raw(
                """
                INSERT INTO login_failures (email, address, at_ms)
                VALUES (\(bind: email), \(bind: address), \(bind: time.millisecondsSince1970))
                """
            ).run()
        }
    }

    public func loginFailures(email: String, address: String, since: Date) async throws -> [Date] {
        try await backend.read { database in
            try await database.raw(
                """
                SELECT at_ms FROM login_failures
                WHERE email = \(bind: email) AND address = \(bind: address) AND at_ms > \(bind: since.millisecondsSince1970)
                ORDER BY at_ms
                """
            ).all(decodingColumn: "at_ms", as: Int64.self).map { Date(millisecondsSince1970: $0) }
        }
    }

    public func clearLoginFailures(email: String, address: String) async throws {
        try await backend.transaction { database in
            try await database.raw(
                "DELETE FROM login_failures WHERE email = \(bind: email) AND address = \(bind: address)"
            ).run()
        }
    }
}
