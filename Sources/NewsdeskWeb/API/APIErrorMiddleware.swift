import Hummingbird
import NewsdeskStore

/// Turns every error under `/api/` into a problem document (``ProblemDetails``) instead of the theme's HTML
/// error page: a program reading the API gets JSON it can parse, with a sentence to show its user.
struct APIErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let problem as ProblemDetails {
            return problem.response()
        } catch let error as HTTPError {
            return ProblemDetails(error.status, detail: error.body ?? Self.defaultDetail(error.status)).response(
                headers: error.headers)
        } catch let error as StoreError where error.isUnavailable {
            context.logger.warning("API request \(request.method) \(request.uri.path) failed: \(error)")
            return ProblemDetails(
                .serviceUnavailable, detail: "The blog's database is not answering; try again in a few seconds."
            ).response(headers: [.retryAfter: "5"])
        } catch {
            context.logger.error(
                "API request \(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            return ProblemDetails(
                .internalServerError, detail: "Something went wrong on the server; the error is in its log."
            ).response()
        }
    }

    /// Whether `path` is under `/api/`, where errors are problem documents.
    static func covers(_ path: String) -> Bool {
        path == "/api" || path.hasPrefix("/api/")
    }

    /// Whether `path` is in the Admin API, which answers bearer tokens and no other site's scripts.
    static func isAdmin(_ path: String) -> Bool {
        path == "/api/v1/admin" || path.hasPrefix("/api/v1/admin/")
    }

    /// A sentence for an error raised without one.
    static func defaultDetail(_ status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: "There is nothing at this address."
        case .methodNotAllowed: "This address does not take that method."
        case .unauthorized: "This needs an API token: send it as Authorization: Bearer <token>."
        case .forbidden: "The token does not allow this."
        default: "The request could not be answered: \(status.reasonPhrase)."
        }
    }
}
