/// What a signed-in user may do in the admin.
public enum UserRole: String, Sendable, Codable, CaseIterable {
    /// Everything: every post, every comment, the blog's settings and the users.
    case admin
    /// Their own posts, and moderating the comments on them.
    case author
}
