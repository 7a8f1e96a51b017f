import Foundation
import Hummingbird
import NewsdeskCore

/// The front page: the newest published posts under their date headers, with "Newer/Older Posts".
struct FrontPageController<Context: RequestContext>: Sendable {
    let site: SiteContext

    func addRoutes(to router: Router<Context>) {
        router.get("/") { request, _ in try await self.frontPage(request) }
    }

    func frontPage(_ request: Request) async throws -> Response {
        let pageNumber = try Self.pageNumber(request)
        let key = pageNumber == 1 ? "/" : "/?page=\(pageNumber)"
        return try await site.cache.page(key) { try await render(pageNumber: pageNumber, key: key) }
            .response(to: request)
    }

    func render(pageNumber: Int, key: String) async throws -> CachedPage {
        let started = Date()
        let blog = try await site.blog()
        let perPage = max(1, blog.postsPerPage)
        // One extra row tells whether an older page exists.
        let posts = try await site.store.publishedPosts(offset: (pageNumber - 1) * perPage, limit: perPage + 1)
        if posts.isEmpty && pageNumber > 1 { throw HTTPError(.notFound) }
        let shown = Array(posts.prefix(perPage))
        let counts = try await site.store.publishedCommentCounts(postIDs: shown.compactMap(\.id))
        let dates = DateFormatting(timeZone: blog.timeZone)
        let view = FrontPageView(
            blog: blog,
            meta: PageMeta(
                title: pageNumber == 1 ? blog.title : "\(blog.title) (page \(pageNumber))",
                description: PageMeta.summary(blog.description.isEmpty ? blog.title : blog.description),
                canonicalURL: site.baseURL(for: blog) + key
            ),
            posts: shown.map { PostView(post: $0, blog: blog, commentCount: counts[$0.id ?? 0] ?? 0, dates: dates) },
            newerURL: pageNumber == 1 ? nil : (pageNumber == 2 ? "/" : "/?page=\(pageNumber - 1)"),
            olderURL: posts.count > perPage ? "/?page=\(pageNumber + 1)" : nil
        )
        return CachedPage(text: try site.theme.render(view, template: "index"), renderedAt: started)
    }

    /// `?page=N` with N ≥ 1; anything else is a 404, so junk URLs are neither cached nor crawled.
    static func pageNumber(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters["page"] else { return 1 }
        guard let number = Int(String(text)), number >= 1, number <= 100_000 else { throw HTTPError(.notFound) }
        return number
    }
}
