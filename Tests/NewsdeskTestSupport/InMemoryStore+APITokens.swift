import Foundation
import NewsdeskCore

// Token writes record no change, as in the SQL store: they change no page.
extension InMemoryStore: APITokenStore {
    public func createAPIToken(name: String, scope: APIScope, userID: Int64, secretHash: String, at now: Date)
        async throws -> APIToken
    {
        let name = APIToken.normalizedName(name)
        if let problem = APIToken.nameProblem(name) { throw APITokenStoreError.invalidName(problem) }
        return try write(touching: nil) { state in
            guard state.users[userID] != nil else { throw APITokenStoreError.noSuchUser(userID) }
            guard !state.apiTokens.values.contains(where: { $0.secretHash == secretHash }) else {
                throw InMemoryStoreError.constraint("a token with this secret exists")
            }
            let token = APIToken(
                id: state.nextAPITokenID, name: name, scope: scope, userID: userID, createdAt: now.storedPrecision)
            state.apiTokens[token.id] = InMemoryState.APITokenRecord(token: token, secretHash: secretHash)
            state.nextAPITokenID += 1
            return token
        }
    }

    public func apiTokens() async throws -> [APIToken] {
        try read { state in state.apiTokens.values.map(\.token).sorted { $0.id < $1.id } }
    }

    public func revokeAPIToken(id: Int64, at now: Date) async throws -> APIToken? {
        try write(touching: nil) { state in
            guard var record = state.apiTokens[id] else { return nil }
            if record.token.revokedAt == nil { record.token.revokedAt = now.storedPrecision }
            state.apiTokens[id] = record
            return record.token
        }
    }

    public func apiToken(secretHash: String, at now: Date) async throws -> (APIToken, User)? {
        try write(touching: nil) { state in
            guard let (id, record) = state.apiTokens.first(where: { $0.value.secretHash == secretHash }),
                record.token.revokedAt == nil, let user = state.users[record.token.userID]?.user
            else { return nil }
            if let last = record.token.lastUsedAt, now.timeIntervalSince(last) < APIToken.lastUseResolution {
                return (record.token, user)
            }
            state.apiTokens[id]?.token.lastUsedAt = now.storedPrecision
            return (state.apiTokens[id]?.token ?? record.token, user)
        }
    }
}
