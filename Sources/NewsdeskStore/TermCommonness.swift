import Synchronization

/// Which search terms are common (in most of the newest posts), remembered for a few minutes.
///
/// Finding out takes a statement of its own, a tenth of a search (bench/search), and the answer changes only as
/// posts are written: readers search the same words again and again, so each is looked up once a while.
final class TermCommonness: Sendable {
    private struct Entry: Sendable {
        let isCommon: Bool
        let at: ContinuousClock.Instant
    }

    /// How long an answer is kept.
    let lifetime: Duration
    /// The most terms remembered; past it, all are forgotten.
    let capacity: Int
    private let entries = Mutex<[String: Entry]>([:])

    init(lifetime: Duration = .seconds(300), capacity: Int = 10_000) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// Whether `term` (its FTS5 expression) is common, when known and not too old.
    func isCommon(_ term: String) -> Bool? {
        let now = ContinuousClock.now
        return entries.withLock { entries in
            guard let entry = entries[term], now - entry.at < lifetime else { return nil }
            return entry.isCommon
        }
    }

    /// Remembers what a probe found.
    func record(_ term: String, isCommon: Bool) {
        let entry = Entry(isCommon: isCommon, at: .now)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[term] = entry
        }
    }
}
