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
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            do {
                let now = try await store.changeGeneration()
                if now != last {
                    cache.invalidateEverything()
                    last = now
                }
            } catch is CancellationError {
                return
            } catch {
                // Before the first good read the schema may still be migrating; after it, a failure is news.
                // Either way the watcher goes on: the next poll tries again.
                logger.log(
                    level: last == nil ? .debug : .warning,
                    "Could not read the change counter: \(String(reflecting: error))")
            }
        }
    }
}
