import NewsdeskCore
import Synchronization

/// Applies every write to this server's page cache exactly once: this server's own as it commits (the store
/// tells it before the write returns, so the writer's next request for a touched page starts its fresh
/// rendering; the stale copy may answer meanwhile, as for every stale page), everyone else's (other servers,
/// the CLI) when the change watcher reads the store's change log.
final class ChangeApplier: Sendable {
    private struct State {
        /// The generation the watcher has read up to; nil before its first reading.
        var floor: Int64?
        /// Generations after `floor` that were applied as they committed here.
        var appliedHere: Set<Int64> = []
    }

    private let state = Mutex(State())
    private let cache: PageCache

    /// The most generations remembered between two readings of the log; past it they are forgotten, and the
    /// watcher applies them again (a page rendered once more, never a stale one kept).
    static let rememberedLimit = 100_000

    init(cache: PageCache) {
        self.cache = cache
    }

    /// A transaction this process committed.
    func committedHere(_ committed: CommittedChange) {
        let isNew = state.withLock { state -> Bool in
            if let floor = state.floor, committed.generation <= floor { return false }
            if state.appliedHere.count >= Self.rememberedLimit { state.appliedHere.removeAll() }
            state.appliedHere.insert(committed.generation)
            return true
        }
        if isNew { cache.apply(committed.changes) }
    }

    /// The watcher's first reading of the counter: where its log reading starts.
    func start(at generation: Int64) {
        state.withLock { state in
            state.floor = generation
            state.appliedHere = state.appliedHere.filter { $0 > generation }
        }
    }

    /// The watcher's reading of the log after the last one: applies what was not applied as it committed here.
    func read(_ log: ChangeLog) {
        let changes = state.withLock { state -> [StoreChange] in
            defer {
                state.floor = max(state.floor ?? log.generation, log.generation)
                state.appliedHere = state.appliedHere.filter { $0 > log.generation }
            }
            guard let entries = log.entries else {
                // The log cannot say what changed (too much at once, or an older writer): drop everything.
                return [.everything]
            }
            return entries.filter { !state.appliedHere.contains($0.generation) }.map(\.change)
        }
        cache.apply(Set(changes))
    }

    /// The generation the watcher has read up to, if it has read the counter.
    var floor: Int64? {
        state.withLock { $0.floor }
    }
}
