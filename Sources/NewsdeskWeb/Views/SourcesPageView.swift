import NewsdeskCore

/// `/sources`: the outlets the blog has clipped, most clipped first, each with its posts and its feed.
struct SourcesPageView: Sendable {
    struct Outlet: Sendable {
        let name: String
        let path: String
        let feedPath: String
        let count: Int
    }

    let blog: BlogView
    let meta: PageMeta
    let sidebar: SidebarView
    let outlets: [Outlet]
    let isEmpty: Bool

    init(blog: Blog, meta: PageMeta, sidebar: SidebarView, outlets: [OutletCount]) {
        self.blog = BlogView(blog)
        self.meta = meta
        self.sidebar = sidebar
        self.outlets = outlets.map { outlet in
            let listing = Listing.outlet(outlet.outlet)
            return Outlet(
                name: outlet.outlet, path: listing.path, feedPath: listing.feedPath ?? "", count: outlet.count)
        }
        isEmpty = outlets.isEmpty
    }
}
