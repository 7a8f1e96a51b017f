import NewsdeskCore
import Synchronization

/// Who is told of each transaction this process commits (the web server's page cache).
final class CommitObservers: Sendable {
    private let observers = Mutex<[@Sendable (CommittedChange) -> Void]>([])

    /// Adds `observer`; observers are never removed, as a store lives as long as its server.
    func add(_ observer: @escaping @Sendable (CommittedChange) -> Void) {
        observers.withLock { $0.append(observer) }
    }

    /// Tells every observer of `change`.
    func tell(_ change: CommittedChange) {
        for observer in observers.withLock({ $0 }) { observer(change) }
    }
}
