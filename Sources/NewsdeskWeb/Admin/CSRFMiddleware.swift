import HTTPTypes
import Hummingbird

/// Refuses every admin request that changes state unless it carries the session's CSRF token: a `_csrf` form
/// field, or the `X-CSRF-Token` header (for uploads sent by script).
///
/// SameSite=Lax cookies already keep other sites' forms from arriving signed in; the token also stops
/// same-site attackers (another app on a sibling subdomain).
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = NewsdeskRequestContext

    /// The largest form read while looking for the token; the post editor's forms fit easily.
    static let maximumFormBytes = 4 * 1024 * 1024

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method != .get, request.method != .head else { return try await next(request, context) }
        guard let expected = context.signedIn?.session.csrfToken else {
            throw HTTPError(.unauthorized, message: "Please sign in to the admin first.")
        }
        var request = request
        var given = request.headers[.csrfToken] ?? request.uri.queryParameters["_csrf"].map(String.init)
        if given == nil, request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            // Collecting keeps the body in the request, so the handler reads it again.
            let body = try await AdminForm.collect(&request, limit: Self.maximumFormBytes)
            given = URLPath.formValue("_csrf", inQuery: body)
        }
        guard let given, AdminForm.constantTimeEqual(given, expected) else {
            throw HTTPError(
                .forbidden,
                message:
                    "This form has expired or did not come from this admin. Go back, reload the page and try again.")
        }
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    /// The CSRF token header.
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
}
