import Foundation
import Hummingbird
import NewsdeskCore

/// Lets a request into the Admin API only with a live token in `Authorization: Bearer …`.
///
/// Only that header counts, never the admin's session cookie: a browser sends cookies to any site's forms on
/// its own, but never this header, so the API has no cross-site request forgery to defend against. The token
/// is looked up in the database on every request, never cached: a token revoked on one server stops on
/// every server at once.
struct BearerTokenMiddleware: RouterMiddleware {
    typealias Context = NewsdeskRequestContext
    let tokens: any APITokenStore
    /// Where failed attempts are counted, with failed sign-ins.
    let failures: any AccountStore
    let trustedProxies: TrustedProxies
    /// Per client address: more generous than sign-ins' 5, since a script with a stale token retries on its
    /// own before anyone notices.
    let throttle = LoginThrottle(maximumFailures: 20, window: 15 * 60)

    /// The key failed bearer attempts are counted under in the sign-in failure log; no e-mail address is
    /// without an `@`, so it is nobody's account.
    static let failureKey = "(api token)"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let caller = try await caller(
            presenting: Self.bearerToken(in: request.headers), request: request, context: context)
        let token = caller.token
        // A read token reads; what a writing scope may write, each route says with `require`.
        if request.method != .get, request.method != .head, token.scope == .read {
            throw APICaller.readOnlyRefusal(token: token)
        }
        var context = context
        context.apiCaller = caller
        var response = try await next(request, context)
        // Answers depend on the token: no cache may keep them.
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// The caller a presented token stands for: the one check of a token, shared by this middleware and by
    /// Micropub (whose clients may send the token in the body). A 401 without a token; a 401, or a 429 once the
    /// address has failed too often, for an unknown or revoked one.
    func caller(presenting presented: String?, request: Request, context: Context) async throws -> APICaller {
        guard let presented else { throw Self.missingToken }
        let now = Date()
        let found =
            APITokenSecret.isWellFormed(presented)
            ? try await tokens.apiToken(secretHash: APITokenSecret.hash(presented), at: now) : nil
        guard let (token, user) = found else {
            throw try await refusal(
                address: context.clientAddress(of: request, trustedProxies: trustedProxies), at: now)
        }
        return APICaller(token: token, user: user)
    }

    /// The token in the request's one `Authorization` header, when its scheme is Bearer (any case, RFC 9110).
    static func bearerToken(in headers: HTTPFields) -> String? {
        let values = headers[values: .authorization]
        guard values.count == 1, let value = values.first else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// The 401 for a request without a bearer token.
    static var missingToken: HTTPError {
        HTTPError(
            .unauthorized, headers: [.wwwAuthenticate: #"Bearer realm="Newsdesk""#],
            message: "This needs an API token, sent as the header Authorization: Bearer <token>. "
                + "An admin makes tokens at /admin/tokens or with newsdesk token add.")
    }

    /// The 401 for a token that is unknown or revoked, counted against the client's address; once the address
    /// has failed too often, a 429 instead, without counting.
    ///
    /// The lockout is checked only after a lookup fails, so a valid token costs no extra query and works even
    /// from an address shared with a broken script. It cannot help a guesser, who would need 2^256 tries; it
    /// bounds the writes a flood of bad tokens makes, and tells a looping script to stop.
    func refusal(address: String, at now: Date) async throws -> HTTPError {
        let recent = try await failures.loginFailures(
            email: Self.failureKey, address: address, since: throttle.windowStart(at: now))
        if let until = throttle.lockedUntil(failures: recent, at: now) {
            let seconds = max(1, Int(until.timeIntervalSince(now).rounded(.up)))
            return HTTPError(
                .tooManyRequests, headers: [.retryAfter: String(seconds)],
                message: "Too many requests with unknown or revoked API tokens from your address. "
                    + "Check the token, and try again in \(seconds) seconds.")
        }
        try await failures.recordLoginFailure(
            email: Self.failureKey, address: address, at: now, forgetBefore: throttle.windowStart(at: now))
        return HTTPError(
            .unauthorized,
            headers: [.wwwAuthenticate: #"Bearer realm="Newsdesk", error="invalid_token""#],
            message: "This API token is unknown or has been revoked. Ask an admin for a new one at /admin/tokens.")
    }
}
