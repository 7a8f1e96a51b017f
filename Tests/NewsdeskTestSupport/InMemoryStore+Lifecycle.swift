import NewsdeskCore

extension InMemoryStore: StoreLifecycle {
    /// Nothing to migrate: the state is made in its current shape.
    @discardableResult
    public func migrate() async throws -> [Int] { [] }

    /// Nothing runs in the background; waits until cancelled, as a store's run does while the server serves.
    public func run() async throws {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: .seconds(3600))
            } catch {
                return
            }
        }
    }
}
