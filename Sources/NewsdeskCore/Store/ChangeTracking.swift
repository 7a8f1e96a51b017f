import Foundation

/// A counter that every write to the store advances, so caches on any server can tell when to drop pages.
public protocol ChangeTracking: Sendable {
    /// The current change generation; it only grows.
    func changeGeneration() async throws -> Int64

    /// When the last write was made; nil when nothing has been written yet.
    func lastChangeTime() async throws -> Date?
}

/// Everything a Newsdesk server needs from its storage.
public typealias NewsdeskStorage = PostStore & CommentStore & BlogStore & ArchiveStore & DiscoveryStore
    & AccountStore & EditorialStore & MediaStore
    & ChangeTracking & SchemaReporting
