import Hummingbird
import NewsdeskStore

/// Answers every error under `/micropub` as the spec's error JSON (section 3.7.3), whoever raised it: the
/// endpoint's own ``MicropubError``s, and the 400s, 401s, 403s, 422s and 429s of the code shared with the Admin
/// API (token checks, the editor's rules), their sentences kept. Nothing here is cached.
struct MicropubErrorMiddleware: RouterMiddleware {
    typealias Context = NewsdeskRequestContext

    /// Runs the route, answering any error it throws as error JSON.
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            var response = try await next(request, context)
            response.headers[.cacheControl] = "no-store"
            return response
        } catch let error as MicropubError {
            return Self.response(error)
        } catch let problem as ProblemDetails {
            // The editor's refusals are 422s in the Admin API; Micropub has one status for a request it cannot
            // act on.
            let status = problem.status == 422 ? 400 : problem.status
            return Self.response(
                MicropubError(
                    status: status, error: MicropubError.code(status: status, scopeIsShort: false),
                    description: problem.detail))
        } catch let error as HTTPError {
            let challenge = error.headers[.wwwAuthenticate] ?? ""
            let code = MicropubError.code(
                status: error.status.code, scopeIsShort: challenge.contains("insufficient_scope"))
            let description = error.body ?? APIErrorMiddleware<Context>.defaultDetail(error.status)
            return Self.response(
                MicropubError(status: error.status.code, error: code, description: description), headers: error.headers)
        } catch let error as StoreError where error.isUnavailable {
            context.logger.warning("Micropub request \(request.method) \(request.uri.path) failed: \(error)")
            return Self.response(
                MicropubError(
                    status: 503, error: "server_error",
                    description: "The blog's database is not answering; try again in a few seconds."),
                headers: [.retryAfter: "5"])
        } catch {
            context.logger.error(
                "Micropub request \(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            return Self.response(
                MicropubError(
                    status: 500, error: "server_error",
                    description: "Something went wrong on the server; the error is in its log."))
        }
    }

    /// The error as JSON.
    static func response(_ error: MicropubError, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = APIJSON.contentType
        fields[.cacheControl] = "no-store"
        // Three strings always encode.
        let body = (try? APIJSON.text(error)) ?? ""
        return Response(
            status: HTTPResponse.Status(code: error.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
