import NewsdeskCore

/// What a cached page shows, so that a write drops only the pages it changed.
enum PageSubject: Hashable, Sendable {
    /// One post or page: its permalink pages, its comment feed.
    case post(Int64)
    /// Pages across the blog (listings with comment counts, feeds, search, the sitemap, the 404 page): any
    /// comment or post may change them.
    case blogWide

    /// Whether `change` makes a page about this subject stale.
    func isChanged(by change: StoreChange) -> Bool {
        guard case .comments(let postID) = change else { return true }
        return self == .blogWide || self == .post(postID)
    }
}

extension StoreChange {
    /// Whether the change may show on every page: anything but comments may change the settings or the sidebar
    /// that every page carries (archive and label counts, the pages list).
    var reachesEveryPage: Bool {
        if case .comments = self { false } else { true }
    }
}

/// When each subject's pages were last made stale, in the cache's epochs: a rendering that started before
/// its subject's mark read data that has changed since, and is kept only as stale.
struct StaleMarks {
    private var everything: UInt64 = 0
    private var blogWide: UInt64 = 0
    private var posts: [Int64: UInt64] = [:]

    /// The most posts marked one by one; past it, one mark for everything replaces them (a rendering in flight
    /// is then kept as stale, which costs one more rendering at worst).
    static let postLimit = 4_096

    /// Records that `change` happened at `epoch`.
    mutating func mark(_ change: StoreChange, at epoch: UInt64) {
        guard case .comments(let postID) = change else {
            everything = epoch
            posts.removeAll(keepingCapacity: true)
            return
        }
        blogWide = epoch
        if posts.count >= Self.postLimit, posts[postID] == nil {
            posts.removeAll(keepingCapacity: true)
            everything = epoch
        }
        posts[postID] = epoch
    }

    /// The epoch at which pages about `subject` were last made stale.
    func lastMark(_ subject: PageSubject) -> UInt64 {
        switch subject {
        case .blogWide: max(everything, blogWide)
        case .post(let id): max(everything, posts[id] ?? 0)
        }
    }
}
