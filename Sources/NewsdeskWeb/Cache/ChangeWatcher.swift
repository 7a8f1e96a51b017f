import Logging
import NewsdeskCore
import ServiceLifecycle

/// Polls the store's change log and applies what other writers (another server, the CLI) changed to this
/// server's page cache; this server's own writes were applied as they committed.
struct ChangeWatcher: Service {
    let store: any ChangeTracking
    let applier: ChangeApplier
    let interval: Duration
    let logger: Logger

    /// The most log records read at once; past them the watcher drops every page instead.
    static let readLimit = 1_000

    func run() async throws {
        try await cancelWhenGracefulShutdown { try await poll() }
    }

    private func poll() async throws {
        if let generation = try? await store.changeGeneration() { applier.start(at: generation) }
        var failing = false
        // Cancellation (shutdown) ends the loop quietly: a service that throws on a graceful stop would make the
        // group cancel the others, cutting the requests they still answer.
        while (try? await Task.sleep(for: interval)) != nil {
            do {
                if let last = applier.floor {
                    applier.read(try await store.changes(after: last, limit: Self.readLimit))
                } else {
                    applier.start(at: try await store.changeGeneration())
                }
                if failing { logger.notice("The change counter answers again.") }
                failing = false
            } catch is CancellationError {
                return
            } catch {
                // A failure after a good read is news, told once per outage rather than four times a second; before
                // one (the database was down at start) it is told at debug. Either way the next poll tries again.
                let hadRead = applier.floor != nil
                if hadRead, !failing {
                    logger.warning("Could not read the change counter: \(error). Pages may be stale until it answers.")
                } else {
                    logger.debug("Could not read the change counter: \(String(reflecting: error))")
                }
                failing = hadRead
            }
        }
    }
}
