import Foundation
import NewsdeskCore
import Synchronization

/// A Newsdesk store that keeps everything in memory: for tests that are not about storage, which then need no
/// database file. It passes the same store contract tests as ``SQLStore`` on SQLite and PostgreSQL
/// (`NewsdeskStoreTests`, run on each through ``StoreUnderTest``).
///
/// One lock guards the whole state, and each write works on a copy that replaces the state only when the write
/// succeeds: a write is atomic and isolated as the SQL store's transactions are, and a failed one changes
/// nothing, the change counter included. Search ranks as SQLite's FTS5 does (``InMemorySearchIndex``).
public final class InMemoryStore: Sendable {
    private let state = Mutex(InMemoryState())
    /// Told of each write that touched anything, once it is in place.
    private let observers = Mutex<[@Sendable (CommittedChange) -> Void]>([])

    /// An empty store, as a freshly migrated database is.
    public init() {}

    /// Reads the state under the lock.
    func read<R: Sendable>(_ body: (InMemoryState) throws -> R) throws -> R {
        try state.withLock { state in try body(state) }
    }

    /// Runs a write that touched `change` (nothing when `nil`); see ``write(_:)``.
    func write<R: Sendable>(touching change: StoreChange?, _ body: (inout InMemoryState) throws -> R) throws -> R {
        try write { state in (try body(&state), change.map { [$0] } ?? []) }
    }

    /// Runs a write whose body returns its result and what it touched, on a copy of the state kept only when the
    /// body returns. When it touched anything the change counter advances and the log records what, as
    /// `SQLStore.write` records it; observers are told after the lock is let go, before the write returns.
    func write<R: Sendable>(_ body: (inout InMemoryState) throws -> (R, Set<StoreChange>)) throws -> R {
        let (result, committed) = try state.withLock { state -> (R, CommittedChange?) in
            var draft = state
            let (result, changes) = try body(&draft)
            let committed = changes.isEmpty ? nil : draft.record(changes, at: .storedNow)
            state = draft
            return (result, committed)
        }
        if let committed {
            for observer in observers.withLock({ $0 }) { observer(committed) }
        }
        return result
    }
}

extension InMemoryStore: ChangeTracking {
    public func changeGeneration() async throws -> Int64 {
        try read(\.generation)
    }

    public func lastChangeTime() async throws -> Date? {
        try read(\.changedAt)
    }

    public func changes(after generation: Int64, limit: Int) async throws -> ChangeLog {
        try read { state in
            guard state.generation > generation else { return ChangeLog(generation: state.generation, entries: []) }
            let entries = Array(state.changeLog.filter { $0.generation > generation }.prefix(limit + 1))
            // Complete when every generation since has a record and no more than `limit` were asked for.
            let complete =
                entries.count <= limit
                && Int64(Set(entries.map(\.generation)).count) == state.generation &- generation
            return ChangeLog(generation: state.generation, entries: complete ? entries : nil)
        }
    }

    public func onCommit(_ observer: @escaping @Sendable (CommittedChange) -> Void) {
        observers.withLock { $0.append(observer) }
    }
}

extension InMemoryStore: SchemaReporting {
    /// Always current: there is no schema to migrate. Reported as 0 of 0, as no migration applies to memory.
    public func schemaState() async throws -> SchemaState {
        SchemaState(applied: 0, known: 0)
    }
}

extension InMemoryStore {
    /// `items` from `offset` on, at most `limit` of them; negative values read as 0, as the SQL store's
    /// `LIMIT … OFFSET …` does.
    static func page<T>(_ items: [T], offset: Int, limit: Int) -> [T] {
        Array(items.dropFirst(max(0, offset)).prefix(max(0, limit)))
    }

    /// Newest first by a date, then by id, as `ORDER BY … DESC, id DESC`; a missing date sorts last.
    static func newestFirst(_ first: (Date?, Int64), _ second: (Date?, Int64)) -> Bool {
        let (a, b) = (first.0?.millisecondsSince1970 ?? .min, second.0?.millisecondsSince1970 ?? .min)
        return a != b ? a > b : first.1 > second.1
    }
}
