import Foundation
import NewsdeskCore
import NewsdeskStore
import Synchronization

/// Rendered pages held in memory. A write makes the pages it changed stale (``apply(_:)``): a comment its post's
/// pages and the blog-wide ones, anything else every page. Stale pages are served while one fresh rendering per
/// page runs (stale-while-revalidate), so a burst of comments costs one rendering at a time, not one per reader.
///
/// Renderings carry the epoch they started in: a page whose subject changed while it was being rendered is
/// kept only as stale.
///
/// Memory is bounded by bytes, not by count: routes key pages by what they read (`PageKey`), so odd query strings
/// share a page, and past `byteLimit` the least recently used pages go.
public final class PageCache: Sendable {
    private struct Rendering {
        let task: Task<CachedPage, any Error>
        let startedAt: Date
    }

    private struct State {
        var epoch: UInt64 = 0
        var marks = StaleMarks()
        var dataEpoch: UInt64 = 0
        var pages: PageStore
        var rendering: [String: Rendering] = [:]
        /// When the last rendering of a kept page started; only for keys `pages` holds or is rendering.
        var lastStarted: [String: Date] = [:]
    }

    private let state: Mutex<State>

    /// The most bytes the kept pages may take.
    public let byteLimit: Int

    /// A stale page is refreshed at most this often (a reader following a new comment's link still gets a
    /// fresh page at once): under a burst of comments, rendering the same long page again and again would
    /// take the processor from the writes themselves (bench/comments).
    let refreshInterval: TimeInterval

    /// The default budget, 64 MiB: a few thousand ordinary pages, or dozens of the largest feeds.
    public static let defaultByteLimit = 64 << 20

    /// Creates an empty cache that keeps at most `byteLimit` bytes of pages.
    public init(byteLimit: Int = PageCache.defaultByteLimit, refreshInterval: TimeInterval = 0.5) {
        self.byteLimit = byteLimit
        self.refreshInterval = refreshInterval
        state = Mutex(State(pages: PageStore(byteLimit: byteLimit)))
    }

    /// The bytes the kept pages take now (at most `byteLimit`).
    public var byteCount: Int {
        state.withLock { $0.pages.byteCount }
    }

    /// How many pages are kept now, fresh and stale.
    var pageCount: Int {
        state.withLock { $0.pages.fresh.count + $0.pages.stale.count }
    }

    /// Advances when anything but comments may have changed (settings, posts): what `SiteDataCache` keys on.
    var dataEpoch: UInt64 {
        state.withLock { $0.dataEpoch }
    }

    /// The page a request for `key` gets without running its route, as the handlers before the router answer: the
    /// fresh one, else the stale one while its refresh runs or ran less than `refreshInterval` ago, which is what
    /// the route would give too. Nil when the route must run, to render the page or start its refresh; a miss is
    /// not counted here, as the route counts it.
    func page(_ key: String) -> CachedPage? {
        let found = state.withLock { state -> (CachedPage, PageCacheMetrics.Outcome)? in
            if let page = state.pages.freshPage(key) { return (page, .hit) }
            // A comment makes its post's pages stale; while one refresh renders, every other reader of the post
            // is answered here rather than by the route on a worker thread (bench/comments, step 2).
            return servedStale(key, in: &state).map { ($0, .stale) }
        }
        guard let (page, outcome) = found else { return nil }
        PageCacheMetrics.count(outcome)
        return page
    }

    /// The stale page under `key` while no refresh is due: one is rendering, or the last began less than
    /// `refreshInterval` ago.
    private func servedStale(_ key: String, in state: inout State) -> CachedPage? {
        guard
            state.rendering[key] != nil
                || state.lastStarted[key].map({ Date().timeIntervalSince($0) < refreshInterval }) == true
        else { return nil }
        return state.pages.stalePage(key)
    }

    /// The page under `key`.
    ///
    /// - Without `renderedAfter`: the fresh page; else the stale one while no refresh is due (one renders, or began
    ///   less than `refreshInterval` ago); else the rendering.
    /// - With `renderedAfter` (a reader following the link to a comment just posted): a page whose rendering
    ///   started after that time, waiting for one if need be. Renderings of one page never overlap.
    func page(
        _ key: String, renderedAfter: Date? = nil, render: @escaping @Sendable () async throws -> CachedPage
    ) async throws -> CachedPage {
        var waited = false
        while true {
            let step = state.withLock { state -> Step in
                if let page = state.pages.freshPage(key), renderedAfter.map({ page.renderedAt >= $0 }) ?? true {
                    return .done(page, .hit)
                }
                if renderedAfter == nil, let stale = servedStale(key, in: &state) { return .done(stale, .stale) }
                if let running = state.rendering[key] {
                    return .wait(running.task, satisfies: renderedAfter.map { running.startedAt >= $0 } ?? true)
                }
                let now = Date()
                let task = startRendering(key, epoch: state.epoch, render: render)
                state.rendering[key] = Rendering(task: task, startedAt: now)
                state.lastStarted[key] = now
                if renderedAfter == nil, let stale = state.pages.stalePage(key) { return .done(stale, .stale) }
                return .wait(task, satisfies: true)
            }
            switch step {
            case .done(let page, let outcome):
                PageCacheMetrics.count(waited ? .miss : outcome)
                return page
            case .wait(let task, let satisfies):
                waited = true
                let page = try await task.value
                if satisfies {
                    PageCacheMetrics.count(.miss)
                    return page
                }
            }
        }
    }

    private enum Step {
        case done(CachedPage, PageCacheMetrics.Outcome)
        case wait(Task<CachedPage, any Error>, satisfies: Bool)
    }

    /// Starts one rendering; when it ends the page is kept, fresh if nothing changed meanwhile, else stale.
    private func startRendering(
        _ key: String, epoch: UInt64, render: @escaping @Sendable () async throws -> CachedPage
    ) -> Task<CachedPage, any Error> {
        let route = RoutePattern.current
        PageCacheMetrics.countRendering()
        return Task(executorPreference: TaskPlacement.preferred) { [self] in
            do {
                var rendered = try await render()
                rendered.route = route
                var page = rendered
                finish(key) { state in
                    page = rendered.keepingLastModified(of: state.pages.anyPage(key))
                    let isFresh = state.marks.lastMark(page.subject) <= epoch
                    let evicted = state.pages.keep(page, under: key, fresh: isFresh)
                    for gone in evicted { state.lastStarted[gone] = nil }
                }
                return page
            } catch {
                // A page that now fails (a deleted post, say) must not be served stale; while the database does
                // not answer, the stale page is the best readers can get.
                let unavailable = (error as? StoreError)?.isUnavailable ?? false
                finish(key) { state in
                    if !unavailable { state.pages.remove(key) }
                }
                throw error
            }
        }
    }

    private func finish(_ key: String, _ update: (inout State) -> Void) {
        let bytes = state.withLock { state in
            state.rendering[key] = nil
            update(&state)
            // A page not kept (it failed, or outgrew the budget) needs no refresh time: junk addresses must not
            // leave one behind each.
            if !state.pages.holds(key) { state.lastStarted[key] = nil }
            return state.pages.byteCount
        }
        PageCacheMetrics.recordBytes(bytes)
    }

    /// Makes the pages that `changes` touched stale, and with anything but comments, the kept settings, posts
    /// and sidebar too.
    public func apply(_ changes: some Collection<StoreChange>) {
        guard !changes.isEmpty else { return }
        state.withLock { state in
            state.epoch &+= 1
            for change in changes { state.marks.mark(change, at: state.epoch) }
            if changes.contains(where: \.reachesEveryPage) {
                state.dataEpoch &+= 1
                state.pages.staleEverything()
            } else {
                state.pages.stale { subject in changes.contains(where: subject.isChanged(by:)) }
            }
        }
    }
}
