import Foundation

/// One search result: what a results page lists of the matching post, and the passage that matched.
///
/// Not a whole ``Post``: a result shows no author, labels or HTML body, and reading those for every result was a
/// fifth of a search's time (bench/search).
public struct SearchHit: Sendable, Equatable {
    /// Markers around matched words in `snippet`, chosen from Unicode's private use area so stored text cannot
    /// be mistaken for them; ``SearchSnippet`` turns them into `<mark>`.
    public static let markStart: Character = "\u{E000}"
    /// See ``markStart``.
    public static let markEnd: Character = "\u{E001}"

    /// The matching post's id.
    public var postID: Int64
    /// The post's title, or the start of its text when it has none.
    public var title: String
    /// The post's permalink path.
    public var path: String
    /// When the post was published.
    public var date: Date
    /// The outlet of the story the post clips, when it clips one that names it.
    public var outlet: String?
    /// Plain text around the matches, with the matched words between ``markStart`` and ``markEnd``.
    public var snippet: String

    /// Creates a hit.
    public init(postID: Int64, title: String, path: String, date: Date, outlet: String?, snippet: String) {
        self.postID = postID
        self.title = title
        self.path = path
        self.date = date
        self.outlet = outlet
        self.snippet = snippet
    }
}
