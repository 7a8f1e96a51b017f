import HTTPTypes
import Hummingbird

/// Refuses every admin request that changes state unless it carries the session's CSRF token: a `_csrf` form
/// field, or the `X-CSRF-Token` header (for uploads sent by script). Never the query string, which logs,
/// browser history and Referer headers keep.
///
/// SameSite=Lax cookies already keep other sites' forms from arriving signed in; the token also stops
/// same-site attackers (another app on a sibling subdomain).
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = NewsdeskRequestContext

    /// The largest form read: the post editor's, with a 10 MB image and room for the text.
    static let maximumFormBytes = 12 * 1024 * 1024

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method != .get, request.method != .head else { return try await next(request, context) }
        guard let expected = context.signedIn?.session.csrfToken else {
            throw HTTPError(.unauthorized, message: "Please sign in to the admin first.")
        }
        var context = context
        var given = request.headers[.csrfToken]
        if given == nil {
            // The form is read once, here; the handler takes it from the context.
            let form = try await SubmittedForm.read(request, context: context, limit: Self.maximumFormBytes)
            context.submittedForm = form
            given = form["_csrf"]
        }
        guard let given, ConstantTime.equal(given, expected) else {
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
