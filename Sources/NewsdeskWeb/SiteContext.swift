import AsyncHTTPClient
import Foundation
import NewsdeskClipper
import NewsdeskCore
import NewsdeskMarkdown

/// What every handler needs: the store, the theme, the page cache, signing keys and the configuration.
struct SiteContext: Sendable {
    let store: any NewsdeskStorage
    let theme: Theme
    let cache: PageCache
    let secrets: SiteSecrets
    let notifier: CommentNotifier
    let data: SiteDataCache
    let configuration: AppConfiguration
    /// Renders Markdown posts and cleans every post's HTML.
    let markdown = MarkdownRenderer.forPosts
    /// Fetches stories for the post editor's clippings.
    let clipper: ClipFetcher

    init(store: any NewsdeskStorage, theme: Theme, cache: PageCache, configuration: AppConfiguration) {
        self.store = store
        self.theme = theme
        self.cache = cache
        self.secrets = SiteSecrets(store: store)
        self.notifier = CommentNotifier(
            logger: configuration.logger, allowPrivateAddresses: configuration.allowPrivateOutgoing)
        self.data = SiteDataCache(pages: cache)
        self.configuration = configuration
        self.clipper = ClipFetcher(
            httpClient: .shared, policy: OutgoingPolicy(allowPrivateAddresses: configuration.allowPrivateOutgoing))
    }

    /// The blog's settings, from memory until the next write.
    func blog() async throws -> Blog {
        try await data.blog { try await store.blog() }
    }

    /// The settings last read, without a query (for pages shown while the database does not answer).
    var lastKnownBlog: Blog? { data.lastKnownBlog }

    /// The post at `path`, from memory until the next write.
    func post(atPath path: String) async throws -> Post? {
        try await data.post(atPath: path) { try await store.post(atPath: path) }
    }

    /// The sidebar every page shows, from memory until the next write.
    func sidebar() async throws -> SidebarView {
        try await data.sidebar {
            let blog = try await self.blog()
            async let pages = store.publishedPages()
            async let calendar = store.archiveCalendar(in: blog.timeZone)
            async let labels = store.labelCounts()
            var sidebar = SidebarView(
                pages: try await pages,
                calendar: try await calendar,
                labels: try await labels)
            sidebar.html = try theme.render(sidebar, template: "sidebar")
            return sidebar
        }
    }

    /// Where an imported blog's old address (path, with its query when it has one) now lives.
    func redirectTarget(for oldAddress: String) async throws -> String? {
        try await data.redirects { try await store.redirects() }[oldAddress]
    }

    /// The origin canonical links start with.
    func baseURL(for blog: Blog) -> String {
        let base =
            configuration.baseURL
            ?? (blog.baseURL.isEmpty ? "http://\(configuration.host):\(configuration.port)" : blog.baseURL)
        return base.hasSuffix("/") ? String(base.dropLast()) : base
    }
}
