import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskMarkdown

/// Pages of posts: the front page, labels (`/search/label/Iraq`), archive years and months (`/2011/`,
/// `/2011/01/`, and Blogger's `/2011_01_01_archive.html`), and the clips of one outlet (`/sources/Reuters`).
struct ListingController<Context: RequestContext>: Sendable {
    let reader: SiteReader
    let store: any DiscoveryStore & CommentStore
    let theme: Theme
    let cache: PageCache
    let markdown: MarkdownRenderer

    func addRoutes(to router: Router<Context>) {
        router.get("/") { request, _ in try await self.page(.front, request) }
        router.get("/search/label/:label") { request, context in
            guard let label = context.parameters.get("label").flatMap(URLPath.decoded), !label.isEmpty else {
                throw HTTPError(.notFound)
            }
            return try await self.page(.label(label), request)
        }
        router.get("/sources/:outlet") { request, context in
            guard let outlet = context.parameters.get("outlet").flatMap(URLPath.decoded), !outlet.isEmpty else {
                throw HTTPError(.notFound)
            }
            return try await self.page(.outlet(outlet), request)
        }
        router.get("/:year") { request, context in try await self.archive(request, context) }
        router.get("/:year/:month") { request, context in try await self.archive(request, context) }
    }

    /// `/2011/`, `/2011/01/`, or Blogger's monthly archive file, which answers 301 to the month.
    func archive(_ request: Request, _ context: Context) async throws -> Response {
        let first = context.parameters.get("year") ?? ""
        if let month = Listing.monthPath(ofBloggerArchiveFile: first), context.parameters.get("month") == nil {
            return Response.redirect(to: month, type: .permanent)
        }
        let monthText = context.parameters.get("month")
        guard first.count == 4, let year = Int(first),
            monthText.map({ $0.count == 2 && Int($0) != nil }) ?? true
        else { throw HTTPError(.notFound) }
        let blog = try await reader.blog()
        guard let listing = Listing.archive(year: year, month: monthText.flatMap { Int($0) }, timeZone: blog.timeZone)
        else { throw HTTPError(.notFound) }
        return try await page(listing, request)
    }

    /// One page of a listing, from the page cache.
    func page(_ listing: Listing, _ request: Request) async throws -> Response {
        let number = try PageNumber.of(request)
        let key = listing.pageURL(number)
        return try await cache.page(key) { try await render(listing, pageNumber: number) }.response(to: request)
    }

    func render(_ listing: Listing, pageNumber: Int) async throws -> CachedPage {
        let started = Date()
        let blog = try await reader.blog()
        // The settings form allows 1 to 50; a stored value outside (an old or hand-edited row) is clamped.
        let perPage = min(max(1, blog.postsPerPage), 50)
        // One extra row tells whether an older page exists.
        let posts = try await store.publishedPosts(
            listing.filter, offset: (pageNumber - 1) * perPage, limit: perPage + 1)
        if posts.isEmpty && (pageNumber > 1 || listing.filter != .all) { throw HTTPError(.notFound) }
        let shown = Array(posts.prefix(perPage))
        let counts = try await store.publishedCommentCounts(postIDs: shown.compactMap(\.id))
        let dates = DateFormatting(timeZone: blog.timeZone)
        let baseURL = reader.baseURL(for: blog)
        var title = listing.titleSuffix.map { "\(blog.title): \($0)" } ?? blog.title
        if pageNumber > 1 { title += " (page \(pageNumber))" }
        var meta = PageMeta(
            title: title,
            description: TextSummary.cut(listing.heading ?? (blog.description.isEmpty ? blog.title : blog.description)),
            canonicalURL: baseURL + listing.pageURL(pageNumber), baseURL: baseURL)
        meta.siteName = blog.title
        meta.feeds = PageMeta.blogFeeds(title: blog.title, baseURL: baseURL)
        if let feedPath = listing.feedPath, let suffix = listing.titleSuffix {
            meta.feeds.insert(
                PageMeta.FeedLink(
                    title: "\(blog.title) - \(suffix)", type: "application/atom+xml", href: baseURL + feedPath),
                at: 0)
        }
        let view = ListingView(
            blog: blog, meta: meta, sidebar: try await reader.sidebar(), heading: listing.heading,
            feedURL: listing.feedPath,
            posts: shown.map {
                PostView(
                    post: $0, blog: blog, commentCount: counts[$0.id ?? 0] ?? 0, dates: dates, markdown: markdown)
            },
            newerURL: pageNumber == 1 ? nil : listing.pageURL(pageNumber - 1),
            olderURL: posts.count > perPage ? listing.pageURL(pageNumber + 1) : nil)
        return CachedPage(text: try theme.render(view, template: "index"), renderedAt: started)
    }
}
