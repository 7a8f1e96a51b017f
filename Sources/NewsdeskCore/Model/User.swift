/// Someone who can sign in to the admin: an editor of the blog.
public struct User: Sendable, Equatable, Codable {
    /// The database id; `nil` until stored.
    public var id: Int64?
    /// The address they sign in with, lowercased.
    public var email: String
    /// The name their posts and comment replies are shown under.
    public var displayName: String
    /// What they may do.
    public var role: UserRole
    /// The author their posts are stored under (posts name authors, not users).
    public var authorID: Int64?

    /// Creates a user.
    public init(id: Int64? = nil, email: String, displayName: String, role: UserRole, authorID: Int64? = nil) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.authorID = authorID
    }

    /// Whether this user may edit `post`: admins any post, authors their own.
    public func mayEdit(_ post: Post) -> Bool {
        role == .admin || (authorID != nil && post.author?.id == authorID)
    }
}
