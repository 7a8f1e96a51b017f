/// How a post's excerpt, commentary and body are written.
public enum PostFormat: String, Sendable, Codable, CaseIterable {
    /// Plain paragraphs (excerpt, commentary) and free HTML (body): imported posts and the first releases.
    case plain
    /// Markdown (CommonMark with GitHub's tables, autolinks and strikethrough), as the admin's editor writes.
    case markdown
}
