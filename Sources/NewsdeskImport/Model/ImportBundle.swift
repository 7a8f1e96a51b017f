/// Everything read from one export file: parsed, validated and normalised, not yet stored.
public struct ImportBundle: Sendable, Equatable {
    /// The kind of export the file was.
    public var source: ImportSource
    /// The blog's name, from the feed or channel title (or Blogger's `BLOG_NAME` setting).
    public var blogTitle: String?
    /// The blog's description, from the feed subtitle or channel description (or `BLOG_DESCRIPTION`).
    public var blogDescription: String?
    /// Posts and pages, in document order.
    public var posts: [ImportedPost]
    /// Comments; each names its post by `postSourceID` (for Disqus: the thread's URL).
    public var comments: [ImportedComment]
    /// What was not imported and why: settings, template, attachments, menu items, trashed entries, orphans.
    public var skipped: [SkippedEntry]
    /// What the file got wrong that was read anyway, and how (the first ones, then a count per kind).
    public var repairs: [ImportRepair]
    /// WordPress shortcodes left as text, name → how many posts and pages use it (see `ImportSummary`).
    public var unknownShortcodes: [String: Int] = [:]
    /// Changes to content the import made that a reader should know of (see `ImportSummary`).
    public var contentNotes: [String] = []

    /// Creates a bundle.
    public init(
        source: ImportSource,
        blogTitle: String? = nil,
        blogDescription: String? = nil,
        posts: [ImportedPost] = [],
        comments: [ImportedComment] = [],
        skipped: [SkippedEntry] = [],
        repairs: [ImportRepair] = []
    ) {
        self.source = source
        self.blogTitle = blogTitle
        self.blogDescription = blogDescription
        self.posts = posts
        self.comments = comments
        self.skipped = skipped
        self.repairs = repairs
    }
}
