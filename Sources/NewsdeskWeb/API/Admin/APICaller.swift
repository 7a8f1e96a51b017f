import Hummingbird
import NewsdeskCore

/// Who is calling the Admin API: the bearer token presented and the user it acts as, set by
/// ``BearerTokenMiddleware`` on every route under `/api/v1/admin/`.
///
/// A route checks what it needs with ``require(_:)``: the token's scope bounds what the user may do, and the
/// user's role bounds it further, as in the web admin (an author's token acts as that author).
struct APICaller: Sendable {
    /// The token, as stored.
    let token: APIToken
    /// The user it acts as, as that user is now.
    let user: User

    /// Throws a 403 problem unless the token's scope allows what `scope` stands for.
    func require(_ scope: APIScope) throws {
        guard token.scope.allows(scope) else { throw Self.scopeRefusal(needed: scope, token: token) }
    }

    /// The 403 for a token whose scope does not reach this far, with the RFC 6750 challenge naming the scope.
    static func scopeRefusal(needed: APIScope, token: APIToken) -> HTTPError {
        refusal(
            token: token, challengeScope: needed.rawValue,
            detail: "this needs a token with the \(needed.rawValue) scope")
    }

    /// The 403 for a read token sent with a method that changes something, before any route asks.
    static func readOnlyRefusal(token: APIToken) -> HTTPError {
        refusal(
            token: token, challengeScope: "write moderate",
            detail: "changes need a token with the write scope (posts and media) or the moderate scope (comments)")
    }

    private static func refusal(token: APIToken, challengeScope: String, detail: String) -> HTTPError {
        let challenge = #"Bearer realm="Newsdesk", error="insufficient_scope", scope=""# + challengeScope + "\""
        return HTTPError(
            .forbidden, headers: [.wwwAuthenticate: challenge],
            message: "The token “\(token.name)” has the \(token.scope.rawValue) scope; \(detail). "
                + "An admin can make one at /admin/tokens.")
    }
}

extension NewsdeskRequestContext {
    /// The caller, when their token's scope allows `scope`: every Admin API route starts with this.
    func apiCaller(requiring scope: APIScope) throws -> APICaller {
        guard let caller = apiCaller else { throw BearerTokenMiddleware.missingToken }
        try caller.require(scope)
        return caller
    }
}
