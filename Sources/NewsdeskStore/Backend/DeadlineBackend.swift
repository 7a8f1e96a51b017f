import NewsdeskCore
import SQLKit

/// A backend whose reads and transactions answer within a time limit, for a server that must fail fast while
/// its database does not answer (PostgreSQL stopped, an SQLite file locked by another process).
///
/// Past the limit the caller gets ``StoreError/unavailable(_:)`` at once, and the operation is cancelled: a
/// wait for a pooled connection ends there, so an outage does not pile up waiters. A query already running
/// cannot be stopped; it goes on alone. SQLite's backend rolls back a transaction whose caller gave up; on
/// PostgreSQL one already committing may still commit (a comment it held is kept, though its writer was told to
/// try again).
struct DeadlineBackend: DatabaseBackend {
    let inner: any DatabaseBackend
    let limit: Duration

    var dialect: SQLDialectKind { inner.dialect }

    func read<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await withinLimit { try await inner.read(body) }
    }

    func transaction<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await withinLimit { try await inner.transaction(body) }
    }

    func run() async throws { try await inner.run() }

    func close() async { await inner.close() }

    private func withinLimit<R: Sendable>(_ operation: @escaping @Sendable () async throws -> R) async throws -> R {
        let task = Task(executorPreference: TaskPlacement.preferred) { () -> Result<R, any Error> in
            do {
                return .success(try await operation())
            } catch {
                return .failure(error)
            }
        }
        let outcome = await withTaskCancellationHandler {
            await FirstAnswer.of(task, within: limit)
        } onCancel: {
            task.cancel()
        }
        switch outcome {
        case .success(let value):
            return value
        case .failure(let error):
            if !(error is CancellationError) { StoreMetrics.countError("error") }
            throw error
        case nil:
            task.cancel()
            StoreMetrics.countError("timeout")
            throw StoreError.unavailable("the database did not answer within \(limit.secondsText)")
        }
    }
}

extension Duration {
    /// "1 second", "2 seconds", "1.5 seconds".
    public var secondsText: String {
        let seconds = Double(components.seconds) + Double(components.attoseconds) / 1e18
        if seconds == 1 { return "1 second" }
        return seconds == seconds.rounded() ? "\(Int(seconds)) seconds" : "\(seconds) seconds"
    }
}
