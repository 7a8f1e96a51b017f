import Metrics

/// What the store counts: database errors, waits for a connection, and how many comments each group commit
/// writes in one transaction.
public enum StoreMetrics {
    /// Failed or timed-out database operations, by `kind` (`error`, `timeout`).
    public static let errors = "newsdesk_database_errors_total"
    /// Seconds an operation waited for a connection (PostgreSQL's pool, SQLite's single writer).
    public static let poolWait = "newsdesk_database_pool_wait_seconds"
    /// Comments written by each group commit.
    public static let batchSize = "newsdesk_group_commit_batch_size"

    static func countError(_ kind: String) {
        Counter(label: errors, dimensions: [("kind", kind)]).increment()
    }

    static func recordPoolWait(since started: ContinuousClock.Instant) {
        Timer(label: poolWait).record(duration: ContinuousClock.now - started)
    }

    static func recordBatch(_ count: Int) {
        Recorder(label: batchSize).record(count)
    }
}
