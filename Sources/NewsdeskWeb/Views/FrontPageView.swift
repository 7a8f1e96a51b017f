import NewsdeskCore

/// The front page: posts grouped under their date headers, newest first, with paging links.
struct FrontPageView: Sendable {
    struct Day: Sendable {
        let dateHeader: String
        let posts: [PostView]
    }

    let blog: BlogView
    let meta: PageMeta
    let days: [Day]
    let isEmpty: Bool
    let newerURL: String?
    let olderURL: String?
    let hasPager: Bool

    init(blog: Blog, meta: PageMeta, posts: [PostView], newerURL: String?, olderURL: String?) {
        self.blog = BlogView(blog)
        self.meta = meta
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
