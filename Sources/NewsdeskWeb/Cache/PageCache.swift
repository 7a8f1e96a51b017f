import Synchronization

/// Rendered pages held in memory, dropped whole whenever anything changes.
///
/// Pages carry the epoch they were rendered in: a page rendered from data that changed while it was
/// being rendered is not stored, so a reader never gets a stale page after an invalidation.
public final class PageCache: Sendable {
    private struct State {
        var epoch: UInt64 = 0
        var pages: [String: CachedPage] = [:]
    }

    private let state = Mutex(State())
    /// The most pages kept; past it the cache starts over, so odd URLs cannot grow memory without bound.
    let capacity: Int

    /// Creates an empty cache.
    public init(capacity: Int = 5000) {
        self.capacity = capacity
    }

    /// The current epoch; read it before querying the data a page is rendered from.
    var epoch: UInt64 {
        state.withLock { $0.epoch }
    }

    /// The page cached under `key`, if any.
    func page(_ key: String) -> CachedPage? {
        state.withLock { $0.pages[key] }
    }

    /// Keeps `page` under `key` unless the cache was invalidated since `epoch`.
    func store(_ page: CachedPage, for key: String, renderedIn epoch: UInt64) {
        state.withLock { state in
            guard state.epoch == epoch else { return }
            if state.pages.count >= capacity { state.pages.removeAll(keepingCapacity: true) }
            state.pages[key] = page
        }
    }

    /// Drops every page; called after a write here and when another server or the CLI wrote.
    public func invalidate() {
        state.withLock { state in
            state.epoch &+= 1
            state.pages.removeAll(keepingCapacity: true)
        }
    }

    /// How many pages are held (for tests and diagnostics).
    var count: Int {
        state.withLock { $0.pages.count }
    }
}
