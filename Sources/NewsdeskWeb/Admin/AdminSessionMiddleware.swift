import Foundation
import Hummingbird
import NewsdeskCore

/// Lets a request into the admin only with a live session: a page request without one is sent to the
/// sign-in form (coming back afterwards), anything else is refused.
struct AdminSessionMiddleware: RouterMiddleware {
    typealias Context = NewsdeskRequestContext
    let accounts: any AccountStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        if let token = request.cookies[SessionToken.cookieName]?.value, !token.isEmpty,
            let (session, user) = try await accounts.session(tokenHash: SessionToken.hash(token), at: Date())
        {
            context.signedIn = SignedInEditor(user: user, session: session)
            var response = try await next(request, context)
            // Admin pages show private drafts and tokens: never kept by a browser or a proxy.
            response.headers[.cacheControl] = "no-store"
            return response
        }
        if request.method == .get || request.method == .head {
            let back = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            let location = "/admin/login?next=" + PathSegment.encoded(back)
            return Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
        }
        throw HTTPError(.unauthorized, message: "Please sign in to the admin first.")
    }
}
