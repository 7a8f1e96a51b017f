import Hummingbird

/// Makes the matched route's pattern known to the page cache while the route runs, so a page it keeps carries
/// the pattern and a later cache hit, which never reaches the router, is counted and logged under it.
struct RoutePatternMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        try await RoutePattern.$current.withValue(context.endpointPath) {
            try await next(request, context)
        }
    }
}

/// The pattern of the route handling the current task's request (`/{year}/{month}/{slug}`), if any.
enum RoutePattern {
    @TaskLocal static var current: String?
}
