import Foundation
import NewsdeskCore

/// The reads nearly every page makes (the blog's settings, a post by its path, the sidebar, old addresses),
/// kept in memory until the next write, and the origin canonical links start with.
struct SiteReader: Sendable {
    /// What the reads come from.
    typealias Storage = BlogStore & PostStore & DiscoveryStore & ArchiveStore

    let store: any Storage
    let theme: Theme
    let data: SiteDataCache
    /// `--base-url`, when given: it wins over the stored setting.
    let configuredBaseURL: String?
    /// Where the server listens, for links when no base address is set anywhere.
    let listeningOrigin: String

    init(store: any Storage, theme: Theme, cache: PageCache, configuration: AppConfiguration) {
        self.store = store
        self.theme = theme
        self.data = SiteDataCache(pages: cache)
        self.configuredBaseURL = configuration.baseURL
        self.listeningOrigin = "http://\(configuration.host):\(configuration.port)"
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
        let base = configuredBaseURL ?? (blog.baseURL.isEmpty ? listeningOrigin : blog.baseURL)
        return base.hasSuffix("/") ? String(base.dropLast()) : base
    }
}
