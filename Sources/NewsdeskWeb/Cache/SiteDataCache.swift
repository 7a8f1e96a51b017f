import NewsdeskCore
import Synchronization

/// The blog's settings, recently used posts, the sidebar and the old addresses that redirect, kept until they
/// may have changed.
///
/// Every comment submission and every page rendering needs them; reading them from the database each time
/// was the larger part of a comment POST's cost while readers kept the database busy (bench/comments).
final class SiteDataCache: Sendable {
    private struct State {
        var epoch: UInt64 = 0
        var blog: Blog?
        var posts: [String: Post] = [:]
        var redirects: [String: String]?
        var sidebar: SidebarView?
    }

    private let state = Mutex(State())
    /// The settings last read, whatever changed since: for pages that must render while the database is down.
    private let lastBlog = Mutex<Blog?>(nil)
    private let pages: PageCache
    /// The most posts kept; the set starts over past it.
    let capacity = 1000

    init(pages: PageCache) {
        self.pages = pages
    }

    /// The blog's settings.
    func blog(load: () async throws -> Blog) async throws -> Blog {
        let blog = try await remembered(\.blog, load: load)
        lastBlog.withLock { $0 = blog }
        return blog
    }

    /// The settings last read, if any were: possibly out of date, never a query.
    var lastKnownBlog: Blog? {
        lastBlog.withLock { $0 }
    }

    /// Every old address with its new path: unknown URLs are common (crawlers, typos), and each must not
    /// cost a query.
    func redirects(load: () async throws -> [String: String]) async throws -> [String: String] {
        try await remembered(\.redirects, load: load)
    }

    /// The sidebar (archive, labels, pages): four queries that every page needs and only posts change.
    func sidebar(load: () async throws -> SidebarView) async throws -> SidebarView {
        try await remembered(\.sidebar, load: load)
    }

    /// The value kept at `field` in the current epoch, else loaded and kept.
    private func remembered<Value: Sendable>(
        _ field: WritableKeyPath<State, Value?> & Sendable, load: () async throws -> Value
    ) async throws -> Value {
        let epoch = pages.dataEpoch
        if let known = state.withLock({ $0.epoch == epoch ? $0[keyPath: field] : nil }) { return known }
        let loaded = try await load()
        keep(epoch) { $0[keyPath: field] = loaded }
        return loaded
    }

    /// The post at `path`, whatever its status; `nil` (not kept) when there is none.
    func post(atPath path: String, load: () async throws -> Post?) async throws -> Post? {
        let epoch = pages.dataEpoch
        if let known = state.withLock({ $0.epoch == epoch ? $0.posts[path] : nil }) { return known }
        guard let loaded = try await load() else { return nil }
        keep(epoch) { state in
            if state.posts.count >= self.capacity { state.posts.removeAll(keepingCapacity: true) }
            state.posts[path] = loaded
        }
        return loaded
    }

    /// Keeps what was read in `epoch`, unless the data changed since; a newer epoch starts afresh.
    private func keep(_ epoch: UInt64, _ update: (inout State) -> Void) {
        state.withLock { state in
            guard pages.dataEpoch == epoch else { return }
            if state.epoch != epoch { state = State(epoch: epoch) }
            update(&state)
        }
    }
}
