import Hummingbird

/// Answers GET requests for already rendered pages straight from memory, before routing.
struct PageCacheMiddleware<Context: RequestContext>: RouterMiddleware {
    let cache: PageCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if request.method == .get, let page = cache.page(PageKey.of(request)) {
            return page.response(to: request)
        }
        return try await next(request, context)
    }
}

/// The cache key of a URL: its path, plus the query when there is one.
enum PageKey {
    static func of(_ request: Request) -> String {
        guard let query = request.uri.query, !query.isEmpty else { return request.uri.path }
        return request.uri.path + "?" + query
    }
}
