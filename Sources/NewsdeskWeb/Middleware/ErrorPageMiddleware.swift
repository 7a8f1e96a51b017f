import Hummingbird
import Logging
import NewsdeskCore

/// Turns errors into the theme's error page: 404 for unknown paths, a plain 500 with no internals otherwise.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let site: SiteContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return await errorPage(status: error.status, message: error.body, request: request)
        } catch {
            logger.error("Request \(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            return await errorPage(status: .internalServerError, message: nil, request: request)
        }
    }

    /// The cache key of the one 404 page (no real path starts with a NUL).
    static var notFoundKey: String { "\u{0}404" }

    func errorPage(status: HTTPResponse.Status, message: String?, request: Request) async -> Response {
        // Unknown URLs are the commonest error and cost a render each: one rendered 404 page serves them all,
        // kept by the page cache like any page.
        if status == .notFound, message == nil,
            let page = try? await site.cache.page(
                Self.notFoundKey,
                render: { [self] in
                    CachedPage(text: await pageHTML(status: status, message: nil))
                })
        {
            return Response(status: .notFound, headers: Self.errorHeaders, body: ResponseBody(byteBuffer: page.head))
        }
        let html = await pageHTML(status: status, message: message)
        return Response(
            status: status, headers: Self.errorHeaders, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// The error page; it must render even when the database is what failed.
    func pageHTML(status: HTTPResponse.Status, message: String?) async -> String {
        let blog = (try? await site.blog()) ?? Blog()
        let (heading, defaultMessage) = Self.wording(status)
        let view = ErrorPageView(
            blog: BlogView(blog),
            meta: PageMeta(
                title: "\(heading) · \(blog.title)", description: heading, canonicalURL: site.baseURL(for: blog) + "/"),
            status: status.code,
            heading: heading,
            message: message ?? defaultMessage
        )
        return (try? site.theme.render(view, template: "error"))
            ?? "<!DOCTYPE html><title>\(status.code)</title><p>\(heading)</p>"
    }

    static var errorHeaders: HTTPFields { [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"] }

    static func wording(_ status: HTTPResponse.Status) -> (String, String) {
        switch status.code {
        case 404: return ("Page not found", "Sorry, the page you were looking for in this blog does not exist.")
        case 405: return ("Not allowed", "That action is not available at this address.")
        case 413: return ("Too large", "What you sent is too large.")
        case 400..<500: return ("Bad request", "The request could not be understood.")
        default: return ("Something went wrong", "The blog could not show this page. Please try again in a moment.")
        }
    }
}
