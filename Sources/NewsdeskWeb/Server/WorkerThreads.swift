import Logging
import NIOCore
import NIOPosix
import NewsdeskCore

/// The threads that do everything except answer from the page cache: route, render, take comments, and run the
/// database's statements. They can run at a lower scheduling priority than the event loops, which answer cache
/// hits, so that a flood of comments or of uncached pages takes the CPU readers of cached pages leave, not theirs
/// (`serve --worker-nice`; off by default, since comments on a page being read then wait longer: p99 over 200 ms
/// at nice 19, `bench/README.md`).
///
/// Under a light load the priority changes nothing: it only decides who waits when every core is busy. No thread
/// is starved, since Linux shares a contended core by weight (a thread of nice 19 gets 15 parts to a nice 0
/// thread's 1024), and a worker holding a lock an event loop waits for still gets its share. Linux's SCHED_IDLE
/// would be stronger but could leave such a worker waiting much longer.
public final class WorkerThreads: Sendable {
    /// Runs request handling: the server's tasks prefer it (`withTaskExecutorPreference`).
    public let executor: WorkerExecutor
    /// Runs SQLite's statements, which block their thread.
    public let databasePool: NIOThreadPool
    /// How much lower than the event loops these threads run (Linux nice; 0 is the same priority).
    public let niceness: Int

    private init(executor: WorkerExecutor, databasePool: NIOThreadPool, niceness: Int) {
        self.executor = executor
        self.databasePool = databasePool
        self.niceness = niceness
    }

    /// Starts `count` task threads and `count` database threads (one of each per core by default) and lowers each
    /// one's priority by `niceness` (0–19) before it runs any work.
    public static func start(
        niceness: Int, count: Int = System.coreCount, logger: Logger
    ) async throws -> WorkerThreads {
        let niceness = min(max(niceness, 0), 19)
        let threads = max(1, count)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
        let workers = WorkerThreads(executor: WorkerExecutor(group: group), databasePool: pool, niceness: niceness)
        // At 0 the threads keep the priority they were made with: nothing to ask of them.
        guard niceness > 0 else { return workers }
        var lowered = 0
        for loop in group.makeIterator() {
            if try await loop.submit({ ThreadPriority.lowerCurrentThread(by: niceness) }).get() { lowered += 1 }
        }
        lowered += ThreadPriority.lowerEveryThread(of: pool, count: threads, by: niceness)
        if lowered < threads * 2 {
            // Not fatal: the server works the same, only without the readers' precedence.
            logger.warning(
                "Could not lower the priority of \(threads * 2 - lowered) of \(threads * 2) worker threads; cache hits will not take precedence over other work."
            )
        }
        return workers
    }

    /// Runs `body` on these threads: the tasks it starts in groups (each connection's, each request's) inherit the
    /// preference, and the tasks the server starts by itself take it from ``TaskPlacement``.
    public func run(_ body: () async throws -> Void) async throws {
        try await TaskPlacement.$preferred.withValue(executor) {
            try await withTaskExecutorPreference(executor, operation: body)
        }
    }

    /// Stops the threads; call it after the store and the server have stopped.
    public func shutdown() async {
        try? await executor.group.shutdownGracefully()
        try? await databasePool.shutdownGracefully()
    }
}

/// A task executor on a group of event loops of its own: a job runs on the loop it was enqueued from when that is
/// one of the group's, so a task that does not wait on another thread stays on one.
public final class WorkerExecutor: TaskExecutor {
    let group: MultiThreadedEventLoopGroup

    init(group: MultiThreadedEventLoopGroup) {
        self.group = group
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        group.any().execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
