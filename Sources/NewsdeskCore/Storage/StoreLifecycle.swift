/// What a server does with its store around serving: bring the schema up to date before the first request,
/// and keep the store's background work (a connection pool) running while it serves.
public protocol StoreLifecycle: Sendable {
    /// Applies the migrations this build knows and the database lacks; returns their numbers.
    @discardableResult
    func migrate() async throws -> [Int]

    /// Runs the store's background work until the task is cancelled.
    func run() async throws
}

/// Everything a served blog needs from its store.
public typealias ServedStorage = NewsdeskStorage & StoreLifecycle
