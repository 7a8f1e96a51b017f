/// Reading and writing comments.
public protocol CommentStore: Sendable {
    /// A post's comments in the given states, oldest first.
    func comments(onPost postID: Int64, statuses: Set<CommentStatus>) async throws -> [Comment]
    /// Published comment counts for each of the given posts (posts without comments are absent).
    func publishedCommentCounts(postIDs: [Int64]) async throws -> [Int64: Int]
    /// Stores a comment durably and returns it with its id; it is committed when this returns.
    func addComment(_ comment: NewComment) async throws -> Comment
}
