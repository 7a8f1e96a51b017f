/// What a streaming read (`read(_:onPost:onComment:)`) returns once the posts and comments have been handed over.
public struct ImportSummary: Sendable, Equatable {
    /// The kind of export the file was.
    public var source: ImportSource
    /// The blog's name, if the export has one.
    public var blogTitle: String?
    /// The blog's description, if the export has one.
    public var blogDescription: String?
    /// How many posts and pages were handed to `onPost`.
    public var postCount: Int
    /// How many comments were handed to `onComment`.
    public var commentCount: Int
    /// What was not imported and why.
    public var skipped: [SkippedEntry]
    /// What the file got wrong that was read anyway, and how (the first ones, then a count per kind).
    public var repairs: [ImportRepair]
    /// WordPress shortcodes Newsdesk does not know (left as text, as WordPress shows unregistered ones): name →
    /// how many posts and pages use it.
    public var unknownShortcodes: [String: Int] = [:]
    /// Changes to content the import made that a reader should know of ("gallery in post 'X' removed: …").
    public var contentNotes: [String] = []

    /// Creates a summary.
    public init(
        source: ImportSource,
        blogTitle: String? = nil,
        blogDescription: String? = nil,
        postCount: Int = 0,
        commentCount: Int = 0,
        skipped: [SkippedEntry] = [],
        repairs: [ImportRepair] = []
    ) {
        self.source = source
        self.blogTitle = blogTitle
        self.blogDescription = blogDescription
        self.postCount = postCount
        self.commentCount = commentCount
        self.skipped = skipped
        self.repairs = repairs
    }
}
