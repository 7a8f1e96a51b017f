import Hummingbird
import NewsdeskCore
import NewsdeskStore

/// Turns errors into the theme's error page: 404 for unknown paths, a plain 500 with no internals otherwise.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let reader: SiteReader
    let theme: Theme
    let cache: PageCache

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        // A program reading the API gets a problem document for every error there, also where no route answers
        // (an unknown address, a NUL refused before routing), never the theme's page.
        if APIErrorMiddleware<Context>.covers(request.uri.path) {
            var response = try await APIErrorMiddleware<Context>().handle(request, context: context, next: next)
            // Only the public Content API is for any site's scripts; the Admin API sends no CORS headers.
            if response.headers[.accessControlAllowOrigin] == nil,
                !APIErrorMiddleware<Context>.isAdmin(request.uri.path)
            {
                response.headers.append(contentsOf: APICORS.headers)
            }
            return response
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return await errorPage(status: error.status, message: error.body, request: request)
        } catch let error as StoreError where error.isUnavailable {
            context.logger.warning("Request \(request.method) \(request.uri.path) failed: \(error)")
            return await unavailablePage()
        } catch {
            // The request's own logger: the line carries the id the response gives in X-Request-Id.
            context.logger.error("Request \(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            return await errorPage(status: .internalServerError, message: nil, request: request)
        }
    }

    /// The cache key of the one 404 page (no real path starts with a NUL).
    static var notFoundKey: String { "\u{0}404" }

    func errorPage(status: HTTPResponse.Status, message: String?, request: Request) async -> Response {
        // Unknown URLs are the commonest error and cost a render each: one rendered 404 page serves them all,
        // kept by the page cache like any page.
        if status == .notFound, message == nil,
            let page = try? await cache.page(
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

    /// How long a reader is asked to wait before trying again while the database does not answer.
    static var retryAfterSeconds: Int { 5 }

    /// The themed 503 for a database that does not answer, with `Retry-After`; made without a query, and with
    /// `form` (what a commenter typed) when there is one, so nothing typed is lost.
    func unavailablePage(form: CommentFormView? = nil) async -> Response {
        let html = await pageHTML(status: .serviceUnavailable, message: nil, form: form)
        var headers = Self.errorHeaders
        headers[.retryAfter] = String(Self.retryAfterSeconds)
        return Response(
            status: .serviceUnavailable, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// The error page; it must render even when the database is what failed (a 503 reads no settings at all).
    func pageHTML(status: HTTPResponse.Status, message: String?, form: CommentFormView? = nil) async -> String {
        let blog =
            status == .serviceUnavailable
            ? reader.lastKnownBlog ?? Blog() : (try? await reader.blog()) ?? reader.lastKnownBlog ?? Blog()
        let (heading, defaultMessage) = Self.wording(status)
        let view = ErrorPageView(
            blog: BlogView(blog),
            meta: PageMeta(
                title: "\(heading) · \(blog.title)", description: heading,
                canonicalURL: reader.baseURL(for: blog) + "/",
                baseURL: reader.baseURL(for: blog)
            ),
            status: status.code,
            heading: heading,
            message: message ?? defaultMessage,
            form: form
        )
        return (try? theme.render(view, template: "error"))
            ?? "<!DOCTYPE html><title>\(status.code)</title><p>\(heading)</p>"
    }

    static var errorHeaders: HTTPFields { [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"] }

    static func wording(_ status: HTTPResponse.Status) -> (String, String) {
        switch status.code {
        case 404: return ("Page not found", "Sorry, the page you were looking for in this blog does not exist.")
        case 405: return ("Not allowed", "That action is not available at this address.")
        case 413: return ("Too large", "What you sent is too large.")
        case 400..<500: return ("Bad request", "The request could not be understood.")
        case 503:
            return (
                "Temporarily unavailable",
                "The blog cannot reach its database just now. Please try again in a few seconds."
            )
        default: return ("Something went wrong", "The blog could not show this page. Please try again in a moment.")
        }
    }
}
