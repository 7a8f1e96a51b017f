/// One search result: the post and the passage that matched.
public struct SearchHit: Sendable, Equatable {
    /// Markers around matched words in `snippet`, chosen from Unicode's private use area so stored text cannot
    /// be mistaken for them; ``SearchSnippet`` turns them into `<mark>`.
    public static let markStart: Character = "\u{E000}"
    /// See ``markStart``.
    public static let markEnd: Character = "\u{E001}"

    /// The matching post.
    public var post: Post
    /// Plain text around the matches, with the matched words between ``markStart`` and ``markEnd``.
    public var snippet: String

    /// Creates a hit.
    public init(post: Post, snippet: String) {
        self.post = post
        self.snippet = snippet
    }
}
