import Logging
import NewsdeskCore
import ServiceLifecycle

/// Polls the store's change counter and empties the page cache when any writer (another server, the CLI) changed data.
struct ChangeWatcher: Service {
    let store: any ChangeTracking
    let cache: PageCache
    let interval: Duration
    let logger: Logger

    func run() async throws {
        try await cancelWhenGracefulShutdown { try await poll() }
    }

    private func poll() async throws {
        var last = try? await store.changeGeneration()
        var failing = false
        // Cancellation (shutdown) ends the loop quietly: a service that throws on a graceful stop would make the
        // group cancel the others, cutting the requests they still answer.
        while (try? await Task.sleep(for: interval)) != nil {
            do {
                let now = try await store.changeGeneration()
                if failing { logger.notice("The change counter answers again.") }
                failing = false
                if now != last {
                    cache.invalidateEverything()
                    last = now
                }
            } catch is CancellationError {
                return
            } catch {
                // A failure after a good read is news, told once per outage rather than four times a second; before
                // one (the database was down at start) it is told at debug. Either way the next poll tries again.
                if last != nil, !failing {
                    logger.warning("Could not read the change counter: \(error). Pages may be stale until it answers.")
                } else {
                    logger.debug("Could not read the change counter: \(String(reflecting: error))")
                }
                failing = last != nil
            }
        }
    }
}
