import Foundation
import NewsdeskCore

// Account writes record no change, as in the SQL store: they change no page, so they must not make every server
// drop its page cache.
extension InMemoryStore: AccountStore {
    public func addUser(_ user: User, passwordHash: String) async throws -> User {
        try write(touching: nil) { state in
            if state.users.values.contains(where: { $0.user.email == user.email }) {
                throw AccountStoreError.emailTaken(user.email)
            }
            var stored = user
            stored.id = state.nextUserID
            stored.authorID = state.authorID(named: user.displayName)
            state.users[state.nextUserID] = InMemoryState.UserRecord(user: stored, passwordHash: passwordHash)
            state.nextUserID += 1
            return stored
        }
    }

    public func userCredentials(email: String) async throws -> (User, passwordHash: String)? {
        try read { state in
            state.users.values.first { $0.user.email == email }.map { ($0.user, passwordHash: $0.passwordHash) }
        }
    }

    public func users() async throws -> [User] {
        try read { state in state.users.values.map(\.user).sorted { $0.email < $1.email } }
    }

    public func deleteUser(email: String) async throws -> Bool {
        try write(touching: nil) { state in
            guard let id = state.users.first(where: { $0.value.user.email == email })?.key else { return false }
            // What the SQL schema's cascades remove with the user.
            state.users[id] = nil
            state.sessions = state.sessions.filter { $0.value.userID != id }
            state.apiTokens = state.apiTokens.filter { $0.value.token.userID != id }
            return true
        }
    }

    public func setPasswordHash(_ hash: String, forEmail email: String) async throws -> Bool {
        try write(touching: nil) { state in
            guard let id = state.users.first(where: { $0.value.user.email == email })?.key else { return false }
            state.users[id]?.passwordHash = hash
            state.sessions = state.sessions.filter { $0.value.userID != id }
            return true
        }
    }

    public func createSession(_ session: AdminSession) async throws {
        try write(touching: nil) { state in
            guard state.users[session.userID] != nil else {
                throw InMemoryStoreError.constraint("a session for missing user \(session.userID)")
            }
            // Expired sessions are swept here rather than by a timer, as in the SQL store.
            let now = session.createdAt.millisecondsSince1970
            state.sessions = state.sessions.filter { $0.value.expiresAt.millisecondsSince1970 >= now }
            guard state.sessions[session.tokenHash] == nil else {
                throw InMemoryStoreError.constraint("a session with this token exists")
            }
            var stored = session
            stored.createdAt = session.createdAt.storedPrecision
            stored.expiresAt = session.expiresAt.storedPrecision
            state.sessions[session.tokenHash] = stored
        }
    }

    public func session(tokenHash: String, at now: Date) async throws -> (AdminSession, User)? {
        try read { state in
            guard let session = state.sessions[tokenHash],
                session.expiresAt.millisecondsSince1970 > now.millisecondsSince1970,
                let user = state.users[session.userID]?.user
            else { return nil }
            return (session, user)
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try write(touching: nil) { state in state.sessions[tokenHash] = nil }
    }

    public func recordLoginFailure(email: String, address: String, at time: Date, forgetBefore: Date) async throws {
        try write(touching: nil) { state in
            let cutoff = forgetBefore.millisecondsSince1970
            state.loginFailures.removeAll { $0.at.millisecondsSince1970 < cutoff }
            state.loginFailures.append(
                InMemoryState.LoginFailure(email: email, address: address, at: time.storedPrecision))
        }
    }

    public func loginFailures(email: String, address: String, since: Date) async throws -> [Date] {
        try read { state in
            state.loginFailures
                .filter {
                    $0.email == email && $0.address == address
                        && $0.at.millisecondsSince1970 > since.millisecondsSince1970
                }
                .map(\.at).sorted()
        }
    }

    public func clearLoginFailures(email: String, address: String) async throws {
        try write(touching: nil) { state in
            state.loginFailures.removeAll { $0.email == email && $0.address == address }
        }
    }
}
