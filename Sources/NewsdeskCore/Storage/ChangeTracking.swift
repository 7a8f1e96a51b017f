import Foundation

/// A counter that every write to the store advances, with a log of what each write touched, so caches on any
/// server can drop exactly the pages a write changed.
public protocol ChangeTracking: Sendable {
    /// The current change generation; it only grows.
    func changeGeneration() async throws -> Int64

    /// When the last write was made; nil when nothing has been written yet.
    func lastChangeTime() async throws -> Date?

    /// What the writes after `generation` touched; past `limit` records, the log says it cannot tell.
    func changes(after generation: Int64, limit: Int) async throws -> ChangeLog

    /// Calls `observer` after each transaction this process commits, before the write returns to its caller:
    /// the writing server drops its own stale pages at once, and its watcher then skips that generation.
    func onCommit(_ observer: @escaping @Sendable (CommittedChange) -> Void)
}

/// Everything a Newsdesk server needs from its storage.
public typealias NewsdeskStorage = PostStore & CommentStore & BlogStore & ArchiveStore & DiscoveryStore
    & AccountStore & APITokenStore & EditorialStore & MediaStore & SourceLinkStore
    & ChangeTracking & SchemaReporting
