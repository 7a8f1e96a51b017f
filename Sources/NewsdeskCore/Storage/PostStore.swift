/// Reading and writing posts. Implemented by the SQL store on SQLite and PostgreSQL.
public protocol PostStore: Sendable {
    /// The post at a permalink path, whatever its status; `nil` when there is none.
    func post(atPath path: String) async throws -> Post?
    /// The post with an id; `nil` when there is none.
    func post(id: Int64) async throws -> Post?
    /// Stores a new post, choosing a slug unique within its month and the permalink path.
    ///
    /// A post without a slug gets one from its title; the path comes from the publication time in `timeZone`.
    func createPost(_ post: Post, timeZone: TimeZoneIdentifier) async throws -> Post
    /// How many posts exist in any status.
    func postCount() async throws -> Int
    /// Opens, closes or hides a post's comments.
    func setCommentMode(postID: Int64, _ mode: CommentMode) async throws
}

/// An IANA time-zone name, as stored with the blog.
public typealias TimeZoneIdentifier = String
