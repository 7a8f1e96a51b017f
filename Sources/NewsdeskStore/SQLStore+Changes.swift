import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore {
    /// Runs a write transaction that touched `change` (nothing when `nil`); see ``write(_:)``.
    func write<R: Sendable>(
        touching change: StoreChange?, _ body: @escaping @Sendable (any SQLDatabase) async throws -> R
    ) async throws -> R {
        try await write { database in (try await body(database), change.map { [$0] } ?? []) }
    }

    /// Runs a write transaction whose body returns its result and what it touched. When it touched anything,
    /// the change counter advances and the log records what, in the same transaction, so every server drops
    /// exactly those pages; this process's observers are told once it has committed.
    func write<R: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> (R, Set<StoreChange>)
    ) async throws -> R {
        try await Self.write(on: backend, observers: commitObservers, body)
    }

    /// ``write(_:)`` on `backend`.
    static func write<R: Sendable>(
        on backend: any DatabaseBackend, observers: CommitObservers,
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> (R, Set<StoreChange>)
    ) async throws -> R {
        let (result, committed) = try await backend.transaction { database -> (R, CommittedChange?) in
            let (result, changes) = try await body(database)
            guard !changes.isEmpty else { return (result, nil) }
            return (result, try await record(changes, in: database))
        }
        if let committed { observers.tell(committed) }
        return result
    }

    /// How many generations the log keeps: a watcher further behind than this (a server paused for long) takes
    /// its next reading as everything.
    static let changeLogKept: Int64 = 10_000

    /// Advances the counter and logs `changes` under the new generation.
    private static func record(_ changes: Set<StoreChange>, in database: any SQLDatabase) async throws
        -> CommittedChange
    {
        let now = Date().millisecondsSince1970
        let generation =
            try await database.raw(
                """
                UPDATE change_counter SET generation = generation + 1, changed_at_ms = \(bind: now) WHERE id = 1
                RETURNING generation
                """
            ).first(decodingColumn: "generation", as: Int64.self) ?? 0
        for change in changes {
            try await database.raw(
                "INSERT INTO change_log (generation, scope) VALUES (\(bind: generation), \(bind: change.recorded))"
            ).run()
        }
        if generation % 1_000 == 0 {
            try await database.raw(
                "DELETE FROM change_log WHERE generation <= \(bind: generation - changeLogKept)"
            ).run()
        }
        return CommittedChange(generation: generation, changes: changes)
    }
}

extension SQLStore: ChangeTracking {
    public func changeGeneration() async throws -> Int64 {
        try await backend.read { database in
            try await database.raw("SELECT generation FROM change_counter WHERE id = 1")
                .first(decodingColumn: "generation", as: Int64.self) ?? 0
        }
    }

    public func lastChangeTime() async throws -> Date? {
        let milliseconds = try await backend.read { database in
            try await database.raw("SELECT changed_at_ms FROM change_counter WHERE id = 1")
                .first(decodingColumn: "changed_at_ms", as: Int64.self)
        }
        guard let milliseconds, milliseconds > 0 else { return nil }
        return Date(millisecondsSince1970: milliseconds)
    }

    public func changes(after generation: Int64, limit: Int) async throws -> ChangeLog {
        try await backend.read { database in
            let current =
                try await database.raw("SELECT generation FROM change_counter WHERE id = 1")
                .first(decodingColumn: "generation", as: Int64.self) ?? 0
            guard current > generation else { return ChangeLog(generation: current, entries: []) }
            // The counter is read first: records of a transaction that commits meanwhile are past `current`
            // and wait for the next reading.
            let rows = try await database.raw(
                """
                SELECT generation, scope FROM change_log
                WHERE generation > \(bind: generation) AND generation <= \(bind: current)
                ORDER BY generation LIMIT \(bind: limit + 1)
                """
            ).all()
            let entries = try rows.map { row in
                ChangeLog.Entry(
                    generation: try row.decode(column: "generation", as: Int64.self),
                    change: StoreChange(recorded: try row.decode(column: "scope", as: String.self)))
            }
            // Every generation has at least one record, unless pruned or written by a server that kept none.
            let complete =
                entries.count <= limit && Int64(Set(entries.map(\.generation)).count) == current &- generation
            return ChangeLog(generation: current, entries: complete ? entries : nil)
        }
    }

    public func onCommit(_ observer: @escaping @Sendable (CommittedChange) -> Void) {
        commitObservers.add(observer)
    }
}
