import Foundation
import Logging
import Metrics
import NewsdeskCore
import ServiceLifecycle

/// Publishes scheduled posts when their time comes: checks at start (a post due while the server was down
/// appears at once) and then every `interval`. Several servers on one database may all run it; the store
/// publishes each post exactly once.
struct SchedulePublisher: Service {
    let store: any EditorialStore & PostStore & BlogStore
    let interval: Duration
    let logger: Logger
    /// Asks the archive to save each published post's source, when the blog says so.
    var archiveSaver: SourceArchiveSaver?

    func run() async throws {
        try await cancelWhenGracefulShutdown { try await poll() }
    }

    /// Scheduled posts this server published when their time came.
    static let publishedMetric = "newsdesk_scheduled_posts_published_total"

    private func poll() async throws {
        while !Task.isCancelled {
            do {
                let published = try await store.publishDuePosts(at: Date())
                if !published.isEmpty {
                    logger.info("Published scheduled posts \(published)")
                    Counter(label: Self.publishedMetric).increment(by: published.count)
                    await askArchive(published)
                }
            } catch is CancellationError {
                return
            } catch {
                // The database may not answer (an outage, counted by the store); the next round tries again.
                logger.debug("Could not publish scheduled posts: \(String(reflecting: error))")
            }
            // Cancellation (shutdown) ends the loop quietly, as it does for the change watcher.
            guard (try? await Task.sleep(for: interval)) != nil else { return }
        }
    }

    /// Starts asking the archive to save the sources of the posts just published; a post or setting that cannot
    /// be read only means the archive is not asked.
    private func askArchive(_ published: [Int64]) async {
        guard let archiveSaver, let blog = try? await store.blog(), blog.savesSourcesToArchive else { return }
        for id in published {
            if let post = try? await store.post(id: id) { archiveSaver.postPublished(post, blog: blog) }
        }
    }
}
