import Hummingbird
import NewsdeskCore

/// Answers an imported blog's old addresses with a permanent redirect to where each post lives now:
/// WordPress's `/?p=12` and `/2011/01/02/slug/`, recorded by the import, and each post's comment feed at
/// `/2011/01/02/slug/feed/`.
///
/// It looks only where no page answers (a 404), plus WordPress's query addresses on the front page, and
/// then in memory, so the pages readers ask for most cost nothing extra. A path is found with or without its
/// trailing slash, as WordPress answers both. A front-page query address that names nothing published (an
/// unknown id, a draft, a private or trashed post) is a 404, as on WordPress, not the front page.
struct RedirectMiddleware<Context: RequestContext>: RouterMiddleware {
    let reader: SiteReader

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        let query = request.uri.query ?? ""
        if !query.isEmpty, Self.isOldQueryAddress(query) {
            if let response = try await redirect(request) { return response }
            // On the front page, WordPress's address of a post that is not there: a 404, not the front page.
            if request.uri.path == "/" { throw HTTPError(.notFound) }
        }
        do {
            let response = try await next(request, context)
            guard response.status == .notFound else { return response }
            return try await redirect(request) ?? response
        } catch let error as HTTPError where error.status == .notFound {
            if let response = try await redirect(request) { return response }
            throw error
        }
    }

    /// WordPress's addresses that name a post by number.
    static func isOldQueryAddress(_ query: String) -> Bool {
        query.split(separator: "&").contains { $0.hasPrefix("p=") || $0.hasPrefix("page_id=") }
    }

    /// A 301 to the new path when the old one (with its query, else without) was recorded and, for a post's
    /// old address, the post is still published.
    private func redirect(_ request: Request) async throws -> Response? {
        let path = request.uri.path
        let query = request.uri.query ?? ""
        var target: String?
        if !query.isEmpty { target = try await reader.redirectTarget(for: "\(path)?\(query)") }
        if target == nil { target = try await recordedTarget(for: path) }
        if target == nil { target = try await commentFeed(ofOldPostAt: path) }
        guard let target, try await isShown(target) else { return nil }
        return Response(status: .movedPermanently, headers: [.location: target, .cacheControl: "public, max-age=3600"])
    }

    /// The recorded target of `path`, or of `path` with its trailing slash added or taken away.
    private func recordedTarget(for path: String) async throws -> String? {
        if let target = try await reader.redirectTarget(for: path) { return target }
        guard path.count > 1 else { return nil }
        return try await reader.redirectTarget(for: path.hasSuffix("/") ? String(path.dropLast()) : path + "/")
    }

    /// Whether `target` is a page readers may see: a post's path only while the post is published (it may
    /// have been unpublished or trashed since the import); a listing or feed always.
    private func isShown(_ target: String) async throws -> Bool {
        guard target.hasSuffix(".html"), let post = try await reader.post(atPath: target) else { return true }
        return post.status == .published
    }

    /// WordPress's feed of one post's comments, `/2011/01/02/slug/feed/`: the comment feed of the post that
    /// address moved to.
    private func commentFeed(ofOldPostAt path: String) async throws -> String? {
        guard path.hasSuffix("/feed/") || path.hasSuffix("/feed") else { return nil }
        let base = String(path.dropLast(path.hasSuffix("/") ? 5 : 4))
        guard let moved = try await recordedTarget(for: base), let post = try await reader.post(atPath: moved),
            post.status == .published, let id = post.id
        else { return nil }
        return "/feeds/\(id)/comments/default"
    }
}
