import Logging
import NewsdeskCore
import Testing

@testable import NewsdeskWeb

/// The worker threads: request handling and SQLite's statements run on them, at a lower priority than the event
/// loops that answer cache hits.
@Suite("Worker threads")
struct WorkerThreadsTests {
    #if os(Linux)
        @Test("work run on the workers, and the tasks it starts through TaskPlacement, run at the lower priority")
        func tasksRunLowered() async throws {
            let base = ThreadPriority.processNiceness()
            let workers = try await WorkerThreads.start(niceness: 5, count: 2, logger: Logger(label: "test"))
            var seen: (inside: Int, child: Int, started: Int) = (0, 0, 0)
            try await workers.run {
                let inside = ThreadPriority.currentThreadNiceness()
                async let child = ThreadPriority.currentThreadNiceness()
                let started = await Task(executorPreference: TaskPlacement.preferred) {
                    ThreadPriority.currentThreadNiceness()
                }.value
                seen = (inside, await child, started)
            }
            // A task started without TaskPlacement leaves the workers: the reason TaskPlacement exists.
            let plain = try await workers.runReturning { await Task { ThreadPriority.currentThreadNiceness() }.value }
            await workers.shutdown()
            #expect(seen.inside == min(base + 5, 19))
            #expect(seen.child == min(base + 5, 19))
            #expect(seen.started == min(base + 5, 19))
            #expect(plain != min(base + 5, 19))
        }

        @Test("every database thread is lowered, each once")
        func databaseThreadsLowered() async throws {
            let workers = try await WorkerThreads.start(niceness: 3, count: 3, logger: Logger(label: "test"))
            let base = ThreadPriority.processNiceness()
            var values: Set<Int> = []
            for _ in 0..<12 {
                values.insert(try await workers.databasePool.runIfActive { ThreadPriority.currentThreadNiceness() })
            }
            await workers.shutdown()
            #expect(values == [min(base + 3, 19)])
        }

        @Test("niceness 0 keeps the threads at the caller's priority; values past 19 are held at 19")
        func bounds() async throws {
            let base = ThreadPriority.processNiceness()
            let level = try await WorkerThreads.start(niceness: 0, count: 1, logger: Logger(label: "test"))
            let same = try await level.runReturning { ThreadPriority.currentThreadNiceness() }
            await level.shutdown()
            let capped = try await WorkerThreads.start(niceness: 400, count: 1, logger: Logger(label: "test"))
            let lowest = try await capped.runReturning { ThreadPriority.currentThreadNiceness() }
            await capped.shutdown()
            #expect(same == base)
            #expect(capped.niceness == 19)
            #expect(lowest == 19)
        }
    #endif
}

extension WorkerThreads {
    /// `body`'s value, computed on the workers.
    fileprivate func runReturning<T: Sendable>(_ body: @escaping @Sendable () async -> T) async throws -> T {
        let box = ResultBox<T>()
        try await run { box.value = await body() }
        return try #require(box.value)
    }
}

/// Carries a value out of `run`'s closure.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    var value: T?
}
