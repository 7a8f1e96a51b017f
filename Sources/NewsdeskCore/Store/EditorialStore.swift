import Foundation

/// What the admin needs beyond readers' views: every post in any state, counted and filtered.
public protocol EditorialStore: Sendable {
    /// Posts and pages matching `filter`, most recently changed first.
    func editorialPosts(_ filter: EditorialFilter, offset: Int, limit: Int) async throws -> [Post]
    /// How many posts and pages are in each state, only the author's when `authorID` is given.
    func editorialCounts(authorID: Int64?) async throws -> [PostStatus: Int]
    /// Comments in the given states, newest first, only those on the author's posts when `postAuthorID` is given.
    func queue(statuses: Set<CommentStatus>, limit: Int, postAuthorID: Int64?) async throws -> [QueuedComment]
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
