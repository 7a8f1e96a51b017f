import Foundation

/// Reading and writing comments.
public protocol CommentStore: Sendable {
    /// A post's comments in the given states, oldest first.
    func comments(onPost postID: Int64, statuses: Set<CommentStatus>) async throws -> [Comment]
    /// One comment by id.
    func comment(id: Int64) async throws -> Comment?
    /// Published comment counts for each of the given posts (posts without comments are absent).
    func publishedCommentCounts(postIDs: [Int64]) async throws -> [Int64: Int]
    /// Stores a comment durably and returns it with its id; it is committed when this returns.
    ///
    /// A `formNonce` is recorded in the same transaction; a nonce used before makes this throw
    /// `CommentStoreError.formTokenReused` and store nothing.
    func addComment(_ comment: NewComment, heldReason: String?, formNonce: String?) async throws -> Comment
    /// Comments from an address since each of two times (for rate limits).
    func commentCount(fromAddress address: String, since: [Date]) async throws -> [Int]
    /// Whether the same body was posted on the post since `since` (for the duplicate rule).
    func hasComment(onPost postID: Int64, body: String, since: Date) async throws -> Bool
    /// Whether someone with this name (case-insensitive) or anonymous identity has a published comment.
    func hasPublishedComment(name: String, anonymousKey: String?) async throws -> Bool
    /// Comments in the given states across the blog, newest first, with their posts.
    func queue(statuses: Set<CommentStatus>, limit: Int) async throws -> [QueuedComment]
    /// Applies a moderation action and records it; returns the comment as it is now.
    func moderate(commentID: Int64, action: ModerationAction, actor: String) async throws -> Comment
    /// The recorded actions on a comment, oldest first.
    func moderationHistory(commentID: Int64) async throws -> [ModerationRecord]
}

extension CommentStore {
    /// Stores a comment that passed no screening (the demo, imports, the editor).
    public func addComment(_ comment: NewComment) async throws -> Comment {
        try await addComment(comment, heldReason: nil, formNonce: nil)
    }
}

/// Comment writes refused by the store.
public enum CommentStoreError: Error, Equatable {
    /// The form token's nonce was already used.
    case formTokenReused
}
