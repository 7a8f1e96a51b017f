import Foundation

/// API tokens: made and revoked by admins, looked up on every Admin API request. Tokens live in the database so
/// that every server sees a revocation at once.
public protocol APITokenStore: Sendable {
    /// Stores a new token for `userID` under `secretHash` (the secret's SHA-256, in hex; never the secret).
    /// Throws ``APITokenStoreError`` for a bad name or a missing user.
    func createAPIToken(name: String, scope: APIScope, userID: Int64, secretHash: String, at now: Date)
        async throws -> APIToken
    /// Every token, revoked ones too, oldest first.
    func apiTokens() async throws -> [APIToken]
    /// Revokes a token from `now` on; one already revoked keeps its first revocation time. The token as it now
    /// stands, or `nil` when there is no such token.
    func revokeAPIToken(id: Int64, at now: Date) async throws -> APIToken?
    /// The unrevoked token stored under `secretHash`, with the user it acts as, as that user now is. Records
    /// `now` as its last use when the last recorded use is ``APIToken/lastUseResolution`` old or more.
    func apiToken(secretHash: String, at now: Date) async throws -> (APIToken, User)?
}

/// Token writes the store refused, each with a sentence saying why.
public enum APITokenStoreError: Error, Equatable, CustomStringConvertible {
    /// The name is empty, too long, or holds a character no list can show (the sentence says which).
    case invalidName(String)
    /// The token was to act as a user who does not exist.
    case noSuchUser(Int64)

    public var description: String {
        switch self {
        case .invalidName(let problem): problem
        case .noSuchUser(let id): "There is no user \(id) for the token to act as."
        }
    }
}
