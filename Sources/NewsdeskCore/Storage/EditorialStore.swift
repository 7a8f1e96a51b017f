import Foundation

/// What the admin needs beyond readers' views: every post in any state, counted and filtered.
public protocol EditorialStore: Sendable {
    /// Posts and pages matching `filter`, most recently changed first.
    func editorialPosts(_ filter: EditorialFilter, offset: Int, limit: Int) async throws -> [Post]
    /// How many posts and pages are in each state, only the author's when `authorID` is given.
    func editorialCounts(authorID: Int64?) async throws -> [PostStatus: Int]
    /// Comments in the given states, newest first, only those on the author's posts when `postAuthorID` is given;
    /// the first `offset` left out, so that a long queue can be read page by page.
    func queue(statuses: Set<CommentStatus>, offset: Int, limit: Int, postAuthorID: Int64?) async throws
        -> [QueuedComment]
    /// Saves an edited post (its id set) with its labels.
    ///
    /// Until a post is published its path follows its slug and date; once published it keeps its path, unless
    /// the editor changed the slug, when the old path is kept as a redirect so links to it still work.
    func updatePost(_ post: Post, timeZone: TimeZoneIdentifier) async throws -> Post
    /// Moves a post to the trash, remembering its state; `false` when there is no such post or it is there already.
    func trashPost(id: Int64) async throws -> Bool
    /// Takes a post out of the trash, back to the state it had; `false` when it is not in the trash.
    func restorePost(id: Int64) async throws -> Bool
    /// Publishes every scheduled post whose time has come, each exactly once even when several servers ask at
    /// the same moment (the row is claimed by the UPDATE itself); returns their ids.
    func publishDuePosts(at now: Date) async throws -> [Int64]
}

extension EditorialStore {
    /// The newest comments in the given states, only those on the author's posts when `postAuthorID` is given.
    public func queue(statuses: Set<CommentStatus>, limit: Int, postAuthorID: Int64?) async throws
        -> [QueuedComment]
    {
        try await queue(statuses: statuses, offset: 0, limit: limit, postAuthorID: postAuthorID)
    }
}

/// Which posts the admin's list shows.
public struct EditorialFilter: Sendable, Equatable {
    /// Only posts in this state; `nil` for every state.
    public var status: PostStatus?
    /// Only this author's posts; `nil` for everyone's.
    public var authorID: Int64?

    /// Creates a filter.
    public init(status: PostStatus? = nil, authorID: Int64? = nil) {
        self.status = status
        self.authorID = authorID
    }
}
