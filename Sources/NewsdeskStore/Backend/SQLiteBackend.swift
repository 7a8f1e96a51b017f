import Foundation
import Logging
import NIOPosix
import NewsdeskCore
import SQLKit
import SQLiteKit
import SQLiteNIO
import Synchronization

/// SQLite in WAL mode: one writer connection behind a lock, and reader connections that see committed data only.
final class SQLiteBackend: DatabaseBackend {
    let dialect = SQLDialectKind.sqlite
    private let writer: SQLiteConnection
    /// One per core: a connection runs one statement at a time, so with a single reader two searches took
    /// turns while the other core idled (bench/search).
    private let readers: [SQLiteConnection]
    /// How many reads each reader is running; a read goes to the least busy.
    private let readsInFlight: Mutex<[Int]>
    private let writeLock = AsyncLock()
    private let logger: Logger

    private init(writer: SQLiteConnection, readers: [SQLiteConnection], logger: Logger) {
        self.writer = writer
        self.readers = readers
        self.readsInFlight = Mutex(Array(repeating: 0, count: readers.count))
        self.logger = logger
    }

    /// Opens (creating if needed) the database file.
    static func open(path: String, logger: Logger, threadPool: NIOThreadPool) async throws -> SQLiteBackend {
        // Every connection opened is closed again if a later step fails: SQLiteNIO requires it, and asserts
        // (in a debug build, killing the process) on a connection dropped open.
        var opened: [SQLiteConnection] = []
        do {
            // WAL lets readers (and other processes) go on while one writer commits. NORMAL sync in WAL mode keeps
            // every committed transaction across a crash of this process; only power loss can drop the last ones.
            // The busy timeout comes first: switching to WAL needs a lock another process may be holding.
            let writer = try await connection(
                to: path, logger: logger, threadPool: threadPool, opened: &opened,
                pragmas: [
                    "PRAGMA busy_timeout=10000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                    "PRAGMA foreign_keys=ON",
                ])
            var readers: [SQLiteConnection] = []
            for _ in 0..<max(2, ProcessInfo.processInfo.activeProcessorCount) {
                // Reads map the file and keep a larger page cache: a search joins hundreds of posts by id, and
                // reading each page with a system call was a third of its time on 100,000 posts (bench/search).
                readers.append(
                    try await connection(
                        to: path, logger: logger, threadPool: threadPool, opened: &opened,
                        pragmas: [
                            "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON", "PRAGMA mmap_size=1073741824",
                            "PRAGMA cache_size=-32768",
                        ]))
            }
            return SQLiteBackend(writer: writer, readers: readers, logger: logger)
        } catch {
            for connection in opened { try? await connection.close().get() }
            throw error
        }
    }

    /// A connection to `path` with `pragmas` applied, added to `opened` as soon as it is open.
    private static func connection(
        to path: String, logger: Logger, threadPool: NIOThreadPool, opened: inout [SQLiteConnection], pragmas: [String]
    ) async throws -> SQLiteConnection {
        let connection = try await SQLiteConnection.open(
            storage: .file(path: path), threadPool: threadPool, logger: logger,
            on: MultiThreadedEventLoopGroup.singleton.any()
        ).get()
        opened.append(connection)
        for pragma in pragmas {
            try await connection.sql().raw(SQLQueryString(pragma)).run()
        }
        return connection
    }

    func read<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        let index = readsInFlight.withLock { counts in
            let index = counts.indices.min { counts[$0] < counts[$1] } ?? 0
            counts[index] += 1
            return index
        }
        defer { readsInFlight.withLock { $0[index] -= 1 } }
        return try await body(readers[index].sql(queryLogLevel: nil))
    }

    func transaction<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        let database = writer.sql(queryLogLevel: nil)
        let asked = ContinuousClock.now
        let abandoned = Mutex(false)
        // The work runs in a task of its own, out of reach of the caller's cancellation: a statement cancelled
        // half-way leaves the connection inside a transaction (a later BEGIN then fails). A caller that gave up
        // (a server's time limit) is seen at the two points where giving up is safe.
        let work = Task(executorPreference: TaskPlacement.preferred) { [writeLock] in
            try await writeLock.withLock {
                StoreMetrics.recordPoolWait(since: asked)
                guard !abandoned.withLock({ $0 }) else { throw CancellationError() }
                // IMMEDIATE takes the write lock up front, so another process waits (busy_timeout) instead of
                // failing mid-way. A caller that gave up during that wait is rolled back, not written late.
                return try await database.inTransaction(begin: "BEGIN IMMEDIATE") { database in
                    guard !abandoned.withLock({ $0 }) else { throw CancellationError() }
                    return try await body(database)
                }
            }
        }
        do {
            return try await withTaskCancellationHandler {
                try await work.value
            } onCancel: {
                abandoned.withLock { $0 = true }
            }
        } catch let error as SQLiteError where [.busy, .locked, .busyTimeout].contains(error.reason) {
            throw StoreError.unavailable("the database file is locked by another process")
        }
    }

    func run() async throws {
        // Nothing runs in the background for SQLite; wait until the service is cancelled.
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
    }

    func close() async {
        try? await writer.close().get()
        for reader in readers { try? await reader.close().get() }
    }
}
