import Foundation
import Hummingbird
import NewsdeskCore

/// `/sources`: every outlet the blog has clipped, with counts; each links to `/sources/<outlet>` (a listing)
/// and its feed.
struct SourcesController<Context: RequestContext>: Sendable {
    let reader: SiteReader
    let discovery: any DiscoveryStore
    let theme: Theme
    let cache: PageCache

    func addRoutes(to router: Router<Context>) {
        router.get("/sources") { request, _ in
            try await cache.page("/sources") { try await render() }.response(to: request)
        }
    }

    func render() async throws -> CachedPage {
        let started = Date()
        let blog = try await reader.blog()
        let baseURL = reader.baseURL(for: blog)
        var meta = PageMeta(
            title: "\(blog.title): Sources",
            description: TextSummary.cut("The news outlets \(blog.title) has clipped and commented on."),
            canonicalURL: baseURL + "/sources", baseURL: baseURL)
        meta.siteName = blog.title
        meta.feeds = PageMeta.blogFeeds(title: blog.title, baseURL: baseURL)
        let view = SourcesPageView(
            blog: blog, meta: meta, sidebar: try await reader.sidebar(), outlets: try await discovery.outletCounts())
        return CachedPage(text: try theme.render(view, template: "sources"), renderedAt: started)
    }
}
