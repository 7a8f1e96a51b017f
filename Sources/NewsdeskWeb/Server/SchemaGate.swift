import ServiceLifecycle
import Synchronization

/// Opens once this server's migrations have run. The background services that query the database start only
/// then (``afterMigrations(_:)``), so at the first start on an empty database they neither query tables still
/// being made nor count those failures as database errors.
final class SchemaGate: Sendable {
    private let isOpen = Atomic<Bool>(false)

    /// Lets the waiting services go on.
    func open() {
        isOpen.store(true, ordering: .releasing)
    }

    /// `service`, started once the gate opens; a stop before then (a migration failed, a SIGTERM during a long
    /// migration) ends it quietly.
    func afterMigrations(_ service: some Service) -> some Service {
        GatedService(gate: self, service: service)
    }

    fileprivate func wait() async throws {
        while !isOpen.load(ordering: .acquiring) {
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}

private struct GatedService<Inner: Service>: Service {
    let gate: SchemaGate
    let service: Inner

    func run() async throws {
        guard (try? await cancelWhenGracefulShutdown({ try await gate.wait() })) != nil else { return }
        try await service.run()
    }
}
