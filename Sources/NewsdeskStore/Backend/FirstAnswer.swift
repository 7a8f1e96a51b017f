import NewsdeskCore
import Synchronization

/// Waits for a task's value for at most a time limit, without waiting for the task itself to end (a task
/// group would wait for it, and a query to a hung database may not end for as long as the outage lasts).
public enum FirstAnswer {
    /// `task`'s value if it comes within `timeout`, else nil; the task goes on either way.
    public static func of<Value: Sendable>(_ task: Task<Value, Never>, within timeout: Duration) async -> Value? {
        await withCheckedContinuation { continuation in
            let once = ResumeOnce(continuation)
            let timer = Task {
                try? await Task.sleep(for: timeout)
                if !Task.isCancelled { once.resume(with: nil) }
            }
            Task(executorPreference: TaskPlacement.preferred) {
                let value = await task.value
                once.resume(with: value)
                timer.cancel()
            }
        }
    }

    /// Resumes a continuation once, whichever of the value and the time limit comes first.
    private final class ResumeOnce<Value: Sendable>: Sendable {
        private let continuation: Mutex<CheckedContinuation<Value?, Never>?>

        init(_ continuation: CheckedContinuation<Value?, Never>) {
            self.continuation = Mutex(continuation)
        }

        func resume(with value: Value?) {
            continuation.withLock { $0.take() }?.resume(returning: value)
        }
    }
}
