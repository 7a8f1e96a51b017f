import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskFeeds

/// `/sitemap.xml` (every published post and page with its last change; an index of pages past 50,000) and
/// `/robots.txt`, which points crawlers at it and keeps them off search results.
struct SitemapController<Context: RequestContext>: Sendable {
    let reader: SiteReader
    let discovery: any DiscoveryStore
    let cache: PageCache

    func addRoutes(to router: Router<Context>) {
        router.get("/sitemap.xml") { request, _ in
            let page = try Self.page(request)
            return try await cache.page(PageKey.sitemap(page: page)) { try await sitemap(page: page) }
                .response(to: request)
        }
        router.get("/robots.txt") { request, _ in
            try await cache.page("/robots.txt") {
                let baseURL = reader.baseURL(for: try await reader.blog())
                let text = """
                    User-agent: *
                    Disallow: /search
                    Allow: /search/label/
                    Disallow: /admin

                    Sitemap: \(baseURL)/sitemap.xml

                    """
                return CachedPage(text: text, contentType: "text/plain; charset=utf-8")
            }.response(to: request)
        }
    }

    /// `?page=N` of a sitemap index; `nil` for the sitemap itself.
    static func page(_ request: Request) throws -> Int? {
        try PageNumber.parse(request.uri.queryParameters["page"].map(String.init))
    }

    func sitemap(page: Int?) async throws -> CachedPage {
        let started = Date()
        let baseURL = reader.baseURL(for: try await reader.blog())
        let posts = try await discovery.sitemapEntries()
        let entries = [SitemapEntry(path: "/", updatedAt: posts.map(\.updatedAt).max() ?? started)] + posts
        let pageCount = (entries.count + SitemapWriter.maxURLs - 1) / SitemapWriter.maxURLs
        let xml: String
        switch page {
        case nil where pageCount <= 1:
            xml = SitemapWriter.urlSet(entries, baseURL: baseURL)
        case nil:
            xml = SitemapWriter.index(pageCount: pageCount, baseURL: baseURL)
        case .some(let number):
            guard number <= pageCount else { throw HTTPError(.notFound) }
            let slice = entries.dropFirst((number - 1) * SitemapWriter.maxURLs).prefix(SitemapWriter.maxURLs)
            xml = SitemapWriter.urlSet(Array(slice), baseURL: baseURL)
        }
        return CachedPage(text: xml, contentType: "application/xml; charset=utf-8", renderedAt: started)
    }
}
