import Foundation
import Logging
import NewsdeskClipper
import NewsdeskCore

/// Asks the web archive to save a post's source when the post is published (`Blog.savesSourcesToArchive`), so
/// that a copy exists before the story can move or vanish.
///
/// The request goes out in a task of its own, through the `GuardedHTTPClient` that the editor's Fetch uses
/// (same address policy, same timeout), and publishing never waits for it or fails because of it: an archive
/// that is slow or down only leaves a record of status 0.
struct SourceArchiveSaver: Sendable {
    /// The site's guarded outgoing client.
    let client: GuardedHTTPClient
    /// Where what the archive answered is recorded.
    let records: any SourceLinkStore
    let logger: Logger

    /// Starts asking the archive to save `post`'s source when `blog` says so and the post clips a story; returns
    /// at once.
    func postPublished(_ post: Post, blog: Blog) {
        guard blog.savesSourcesToArchive, let source = post.clipping?.sourceURL,
            let request = blog.sourceArchive.saveRequest(for: source)
        else { return }
        Task.detached(executorPreference: TaskPlacement.preferred) { await self.save(source, at: request) }
    }

    /// Asks the archive at `saveURL` to save `source` and records what it answered (0 when nothing did);
    /// returns that status.
    @discardableResult
    func save(_ source: String, at saveURL: String) async -> Int {
        let status: Int
        do {
            // The archive answers with its copy (often after redirects); only whether it took the page matters.
            status = try await client.send(OutgoingRequest(url: saveURL, readsBody: false)).status
        } catch {
            logger.warning("The archive did not save \(source): \(error.description)")
            status = 0
        }
        do {
            try await records.recordArchiveSave(url: source, status: status, at: Date())
        } catch {
            logger.warning("Could not record the archive's answer for \(source): \(String(reflecting: error))")
        }
        return status
    }
}
