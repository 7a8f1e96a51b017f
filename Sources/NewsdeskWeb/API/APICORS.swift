import Hummingbird

/// Cross-origin reading of the API: any site's scripts may read it, since it only shows what the blog
/// publishes and takes no cookies. Cached answers carry the headers in their own bytes (cache hits never
/// reach a middleware); ``APICORSMiddleware`` adds them to everything else.
enum APICORS {
    /// The headers every API answer carries: any origin may read it, and its ETag.
    static let headers: HTTPFields = [.accessControlAllowOrigin: "*", .accessControlExposeHeaders: "ETag"]

    /// The methods the Content API's addresses answer.
    static let allowedMethods = "GET, HEAD, OPTIONS"

    /// The request headers a cross-origin reader may send: those of a conditional GET.
    static let allowedHeaders = "Accept, If-None-Match, If-Modified-Since"

    /// The answer to a CORS preflight (`OPTIONS`): GET and HEAD from any origin, remembered for a day.
    static func preflight() -> Response {
        var fields = headers
        fields[.allow] = allowedMethods
        fields[.accessControlAllowMethods] = allowedMethods
        fields[.accessControlAllowHeaders] = allowedHeaders
        fields[.accessControlMaxAge] = "86400"
        fields[.cacheControl] = "public, max-age=86400"
        return Response(status: .noContent, headers: fields)
    }
}

/// Adds ``APICORS/headers`` to an API answer that does not carry them yet (problems, preflights, 405s).
struct APICORSMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        for field in APICORS.headers where response.headers[field.name] == nil {
            response.headers.append(field)
        }
        return response
    }
}
