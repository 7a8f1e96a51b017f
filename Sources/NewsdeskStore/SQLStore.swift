import Foundation
import Logging
import NIOPosix
import NewsdeskCore
import SQLKit

/// The one SQL implementation of Newsdesk's store protocols, on SQLite or PostgreSQL.
public final class SQLStore: StoreLifecycle {
    let backend: any DatabaseBackend
    let logger: Logger
    /// New comments, written together when they arrive together.
    let commentWrites: GroupCommit<PendingComment, CommentRow>
    /// Search terms found in most posts, which SQLite's ranking leaves out.
    let commonTerms = TermCommonness()
    /// Told of each transaction committed here.
    let commitObservers: CommitObservers

    /// The dialect of the database behind the store.
    public var dialect: SQLDialectKind { backend.dialect }

    init(backend: any DatabaseBackend, logger: Logger) {
        self.backend = backend
        self.logger = logger
        let observers = CommitObservers()
        self.commitObservers = observers
        self.commentWrites = GroupCommit { batch in try await Self.write(batch, on: backend, observers: observers) }
    }

    /// Opens the database at `location`. PostgreSQL needs `run()` going before any query.
    ///
    /// With `answerWithin` (a server's store), every read and write that takes longer throws
    /// ``StoreError/unavailable(_:)``, so a request fails fast while the database does not answer; migrations
    /// are not limited. SQLite's statements block a thread: they run on `threadPool`, NIO's shared pool unless the
    /// caller gives its own.
    public static func open(
        _ location: DatabaseLocation, logger: Logger, answerWithin limit: Duration? = nil,
        threadPool: NIOThreadPool = .singleton
    ) async throws -> SQLStore {
        let backend: any DatabaseBackend =
            switch location {
            case .sqlite(let path): try await SQLiteBackend.open(path: path, logger: logger, threadPool: threadPool)
            case .postgres(let url): try PostgresBackend(url: url, logger: logger)
            }
        return SQLStore(backend: limit.map { DeadlineBackend(inner: backend, limit: $0) } ?? backend, logger: logger)
    }

    /// Applies missing migrations; returns the versions applied now. A migration may take long on a large blog,
    /// so it runs without the store's time limit.
    @discardableResult
    public func migrate() async throws -> [Int] {
        let unlimited = (backend as? DeadlineBackend)?.inner ?? backend
        return try await Migrator(backend: unlimited, logger: logger).migrate()
    }

    /// Keeps background work going (PostgreSQL's pool) until the task is cancelled.
    public func run() async throws {
        try await backend.run()
    }

    /// Closes the connections.
    public func close() async {
        await backend.close()
    }

    /// Opens the store, runs its background work, migrates, and hands it to `body`: for CLI commands.
    public static func withStore<R: Sendable>(
        _ location: DatabaseLocation,
        logger: Logger,
        _ body: @Sendable (SQLStore) async throws -> R
    ) async throws -> R {
        let store = try await open(location, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await store.run() }
            defer { group.cancelAll() }
            do {
                try await store.migrate()
                let result = try await body(store)
                await store.close()
                return result
            } catch {
                await store.close()
                throw error
            }
        }
    }
}
