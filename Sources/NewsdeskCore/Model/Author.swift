/// Someone who writes posts on the blog.
public struct Author: Sendable, Equatable, Codable, Hashable {
    /// The database id; `nil` until stored.
    public var id: Int64?
    /// The name shown under posts.
    public var displayName: String
    /// An optional link to the author's profile.
    public var profileURL: String?

    /// Creates an author.
    public init(id: Int64? = nil, displayName: String, profileURL: String? = nil) {
        self.id = id
        self.displayName = displayName
        self.profileURL = profileURL
    }
}
