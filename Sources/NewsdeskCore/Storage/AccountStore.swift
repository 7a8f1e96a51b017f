import Foundation

/// Users, their sessions and failed sign-ins. Sessions live in the database so every server shares them.
public protocol AccountStore: Sendable {
    /// Stores a new user with a password hash; throws `AccountStoreError.emailTaken` for a known address.
    func addUser(_ user: User, passwordHash: String) async throws -> User
    /// The user with this (normalised) address, with their password hash.
    func userCredentials(email: String) async throws -> (User, passwordHash: String)?
    /// Every user, by address.
    func users() async throws -> [User]
    /// Removes a user with their sessions and API tokens (their posts stay, under their author); `false` when
    /// there is no such user.
    func deleteUser(email: String) async throws -> Bool
    /// Replaces a user's password hash and ends their sessions; `false` when there is no such user.
    func setPasswordHash(_ hash: String, forEmail email: String) async throws -> Bool
    /// Stores a session under the hash of its token.
    func createSession(_ session: AdminSession) async throws
    /// The session stored under `tokenHash` with its user, when it has not expired at `now`.
    func session(tokenHash: String, at now: Date) async throws -> (AdminSession, User)?
    /// Ends a session.
    func deleteSession(tokenHash: String) async throws
    /// Records a failed sign-in for an address pair and forgets failures older than `forgetBefore`.
    func recordLoginFailure(email: String, address: String, at time: Date, forgetBefore: Date) async throws
    /// The pair's failed sign-ins since `since`.
    func loginFailures(email: String, address: String, since: Date) async throws -> [Date]
    /// Forgets the pair's failures (after a successful sign-in).
    func clearLoginFailures(email: String, address: String) async throws
}

/// A signed-in browser: stored under a hash of the cookie's token, so a copy of the database signs no one in.
public struct AdminSession: Sendable, Equatable {
    /// SHA-256 of the cookie's token, in hex.
    public var tokenHash: String
    /// Whose session it is.
    public var userID: Int64
    /// The token every form of this session carries against cross-site request forgery.
    public var csrfToken: String
    /// When it was made.
    public var createdAt: Date
    /// When it stops working.
    public var expiresAt: Date

    /// Creates a session.
    public init(tokenHash: String, userID: Int64, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// Account writes the store refused.
public enum AccountStoreError: Error, Equatable, CustomStringConvertible {
    /// Another user signs in with this address.
    case emailTaken(String)

    public var description: String {
        switch self {
        case .emailTaken(let email): "a user with the address \(email) already exists"
        }
    }
}
