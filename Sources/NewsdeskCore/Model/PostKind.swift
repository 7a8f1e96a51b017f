/// A dated blog post, or a standalone page such as "About" (Blogger's `/p/about.html`).
public enum PostKind: String, Sendable, Codable, CaseIterable {
    /// A dated post: on the front page, in archives and feeds, at `/YYYY/MM/slug.html`.
    case post
    /// A page outside the stream of posts, at `/p/slug.html`.
    case page
}
