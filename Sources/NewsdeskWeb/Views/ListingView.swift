import NewsdeskCore

/// A page of posts: the front page, a label, an archive year or month, an outlet's clips. Posts are grouped
/// under their date headers, newest first, with paging links.
struct ListingView: Sendable {
    struct Day: Sendable {
        let dateHeader: String
        let posts: [PostView]
    }

    let blog: BlogView
    let meta: PageMeta
    let sidebar: SidebarView
    /// What the listing shows ("Showing posts with label Iraq"); `nil` on the front page.
    let heading: String?
    /// A feed of just these posts, linked under the heading.
    let feedURL: String?
    let days: [Day]
    let isEmpty: Bool
    let newerURL: String?
    let olderURL: String?
    let hasPager: Bool

    init(
        blog: Blog, meta: PageMeta, sidebar: SidebarView, heading: String?, feedURL: String?, posts: [PostView],
        newerURL: String?, olderURL: String?
    ) {
        self.blog = BlogView(blog)
        self.meta = meta
        self.sidebar = sidebar
        self.heading = heading
        self.feedURL = feedURL
        self.days = Self.groupedByDay(posts)
        self.isEmpty = posts.isEmpty
        self.newerURL = newerURL
        self.olderURL = olderURL
        self.hasPager = newerURL != nil || olderURL != nil
    }

    /// Consecutive posts of the same day share one date header, as on Blogger.
    static func groupedByDay(_ posts: [PostView]) -> [Day] {
        var days: [Day] = []
        var current: [PostView] = []
        for post in posts {
            if let last = current.last, last.dayKey != post.dayKey {
                days.append(Day(dateHeader: last.dateHeader, posts: current))
                current = []
            }
            current.append(post)
        }
        if let last = current.last { days.append(Day(dateHeader: last.dateHeader, posts: current)) }
        return days
    }
}
