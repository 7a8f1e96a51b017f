import Hummingbird

/// The `/api` router group. Every address in it answers GET (HEAD too: ``CacheFirstResponder`` turns a HEAD
/// into a GET without the body), a CORS preflight for OPTIONS, and a 405 problem naming the allowed methods for
/// anything else; every error in it is a problem document (``APIErrorMiddleware``).
struct APIRoutes<Context: RequestContext> {
    let group: RouterGroup<Context>

    /// The methods a read-only address refuses with a 405 (others reach no route and are a 404).
    static var refusedMethods: [HTTPRequest.Method] { [.post, .put, .patch, .delete] }

    /// The group at `/api` on `router`, with CORS headers and problem documents.
    init(on router: Router<Context>) {
        group = router.group("/api").add(middleware: APICORSMiddleware<Context>()).add(
            middleware: APIErrorMiddleware<Context>())
    }

    /// Adds `handler` for GET at `path` (under `/api`), with its preflight and refusals.
    func get(_ path: RouterPath, use handler: @escaping @Sendable (Request, Context) async throws -> Response) {
        group.get(path, use: handler)
        group.on(path, method: .options) { _, _ in APICORS.preflight() }
        for method in Self.refusedMethods {
            group.on(path, method: method) { _, _ in
                ProblemDetails(
                    .methodNotAllowed, detail: "This address only answers \(APICORS.allowedMethods)."
                ).response(headers: [.allow: APICORS.allowedMethods])
            }
        }
    }
}

extension APIRoutes where Context == NewsdeskRequestContext {
    /// The API's routes on `router`: the OpenAPI document and the Content API.
    static func add(to router: Router<Context>, site: SiteContext) {
        let api = APIRoutes(on: router)
        OpenAPIDocument(cache: site.cache).addRoutes(to: api)
        ContentAPIController<Context>(
            reader: site.reader, store: site.store, cache: site.cache, markdown: site.markdown
        ).addRoutes(to: api)
    }
}
