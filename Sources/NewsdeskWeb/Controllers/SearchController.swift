import Foundation
import Hummingbird
import NewsdeskCore

/// `/search?q=…`: full-text search, ranked, with highlighted passages. Results are not cached: every query
/// differs, and they must not push the pages readers share out of the page cache.
///
/// Without `q`, `/search?updated-max=…` is Blogger's "Older Posts" address and lists posts before that time.
struct SearchController<Context: RequestContext>: Sendable {
    let reader: SiteReader
    let discovery: any DiscoveryStore
    let theme: Theme
    let listings: ListingController<Context>
    /// Results per page.
    let perPage = 20

    func addRoutes(to router: Router<Context>) {
        router.get("/search") { request, _ in try await self.search(request) }
    }

    func search(_ request: Request) async throws -> Response {
        let parameters: FormFields
        do {
            parameters = try FormFields.decode(request.uri.query ?? "")
        } catch .malformed(let why) {
            throw HTTPError(.badRequest, message: "The search address could not be read: \(why).")
        } catch {
            throw HTTPError(.badRequest)
        }
        let text = parameters["q"] ?? ""
        if text.isEmpty, let olderThan = parameters["updated-max"] {
            guard let date = Self.bloggerTime(olderThan) else { throw HTTPError(.notFound) }
            return try await listings.page(.olderThan(date, path: PageKey.olderThan(date)), request)
        }
        let pageNumber = try PageNumber.of(request)
        let query = SearchQuery(text)
        let hits = try await discovery.search(query, offset: (pageNumber - 1) * perPage, limit: perPage + 1)
        let blog = try await reader.blog()
        let baseURL = reader.baseURL(for: blog)
        let shown = String(text.prefix(SearchQuery.maxInputLength))
        let path = "/search?q=" + PathSegment.encoded(shown)
        var meta = PageMeta(
            title: shown.isEmpty ? "\(blog.title): Search" : "\(blog.title): Search results for \(shown.prefix(80))",
            description: TextSummary.cut("Posts on \(blog.title) matching \(shown)"),
            canonicalURL: baseURL + path, baseURL: baseURL)
        meta.siteName = blog.title
        meta.noIndex = true
        meta.feeds = PageMeta.blogFeeds(title: blog.title, baseURL: baseURL)
        let view = SearchPageView(
            blog: blog, meta: meta, sidebar: try await reader.sidebar(), query: shown,
            hits: Array(hits.prefix(perPage)),
            newerURL: pageNumber > 1 ? path + (pageNumber == 2 ? "" : "&page=\(pageNumber - 1)") : nil,
            olderURL: hits.count > perPage ? path + "&page=\(pageNumber + 1)" : nil)
        let page = CachedPage(text: try theme.render(view, template: "search"))
        return page.response(to: request)
    }

    /// Blogger's `updated-max` time: `2011-01-17T09:05:00-05:00`, with or without fractional seconds, to the
    /// millisecond (so that its page has one key, `PageKey.olderThan`).
    static func bloggerTime(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        var date = formatter.date(from: text)
        if date == nil {
            formatter.formatOptions.insert(.withFractionalSeconds)
            date = formatter.date(from: text)
        }
        return date.map { Date(millisecondsSince1970: $0.millisecondsSince1970) }
    }
}
