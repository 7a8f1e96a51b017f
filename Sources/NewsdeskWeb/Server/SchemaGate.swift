import Synchronization

/// Opens once this server's migrations have run. The background services wait for it, so at the first start
/// on an empty database they neither query tables still being made nor count those failures as database errors.
final class SchemaGate: Sendable {
    private let isOpen = Atomic<Bool>(false)

    /// Lets the waiting services go on.
    func open() {
        isOpen.store(true, ordering: .releasing)
    }

    /// Returns once the gate is open; throws `CancellationError` if the server stops first (a migration failed).
    func wait() async throws {
        while !isOpen.load(ordering: .acquiring) {
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}
