import NewsdeskCore
import Synchronization

/// Writes that arrive while others are being committed wait, then go to the database together in one
/// transaction: a group commit. Each waits for the commit that holds it, so an acknowledged write is as durable
/// as one committed alone; under load, one transaction's fixed cost (BEGIN, the change counter, the WAL write and
/// COMMIT) is paid once for many writes. Comments posted together were limited by those per-transaction steps,
/// each a trip to the database thread (bench/comments).
final class GroupCommit<Job: Sendable, Output: Sendable>: Sendable {
    /// Writes `jobs` in one transaction: one result per job, in order. Throwing fails every job of the batch.
    typealias Commit = @Sendable (_ jobs: [Job]) async throws -> [Result<Output, any Error>]

    private struct Waiting: Sendable {
        let job: Job
        let continuation: CheckedContinuation<Output, any Error>
    }

    private struct State: Sendable {
        var waiting: [Waiting] = []
        var isCommitting = false
    }

    /// The most jobs in one transaction, so that none holds the write lock long.
    let maximumBatch: Int
    private let state = Mutex(State())
    private let commit: Commit

    init(maximumBatch: Int = 64, commit: @escaping Commit) {
        self.maximumBatch = maximumBatch
        self.commit = commit
    }

    /// Writes `job` with whatever else is waiting, and returns its result once the transaction has committed.
    func submit(_ job: Job) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            let startsCommitting = state.withLock { state in
                state.waiting.append(Waiting(job: job, continuation: continuation))
                guard !state.isCommitting else { return false }
                state.isCommitting = true
                return true
            }
            if startsCommitting {
                Task(executorPreference: TaskPlacement.preferred) { await self.commitWaiting() }
            }
        }
    }

    /// Commits batches until nothing waits.
    private func commitWaiting() async {
        while true {
            let batch = state.withLock { state -> [Waiting] in
                let batch = Array(state.waiting.prefix(maximumBatch))
                state.waiting.removeFirst(batch.count)
                if batch.isEmpty { state.isCommitting = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            StoreMetrics.recordBatch(batch.count)
            do {
                let results = try await commit(batch.map(\.job))
                for (index, waiting) in batch.enumerated() {
                    waiting.continuation.resume(
                        with: index < results.count ? results[index] : .failure(GroupCommitError.noResult))
                }
            } catch {
                for waiting in batch { waiting.continuation.resume(throwing: error) }
            }
        }
    }
}

/// A batch's commit gave fewer results than it had jobs: a bug, reported rather than left waiting forever.
struct GroupCommitError: Error {
    static let noResult = GroupCommitError()
}
