/// Moving whole blogs in and out: imports, exports and the old addresses they leave behind.
public protocol ArchiveStore: Sendable {
    /// Everything stored, posts and comments ordered by id.
    func exportArchive() async throws -> BlogArchive
    /// Stores an archive in one transaction: all of it, or (when it throws) nothing.
    ///
    /// Posts and comments whose `sourceKey` is already stored are left as they are, so importing the same
    /// export twice adds nothing. `progress` is told how many posts and comments are done out of how many.
    func importArchive(
        _ archive: BlogArchive, options: ArchiveImportOptions, progress: @escaping @Sendable (Int, Int) -> Void
    ) async throws -> ArchiveImportResult
    /// Every old address with the path it redirects to (kept in memory by the web app: it is small, and
    /// looking an address up must not cost a query on every 404).
    func redirects() async throws -> [String: String]
    /// Every post's id by its path, old (redirected) paths included: how Disqus threads find their posts.
    func postIDsByPath() async throws -> [String: Int64]
}

/// How an archive joins the blog.
public struct ArchiveImportOptions: Sendable, Equatable {
    /// Refuse unless the database has no posts and no comments (restoring a backup keeps its ids).
    public var requiresEmptyBlog: Bool
    /// A new blog title (from the export's settings), when it has one.
    public var blogTitle: String?
    /// A new blog description, when the export has one.
    public var blogDescription: String?

    /// Creates options.
    public init(requiresEmptyBlog: Bool = false, blogTitle: String? = nil, blogDescription: String? = nil) {
        self.requiresEmptyBlog = requiresEmptyBlog
        self.blogTitle = blogTitle
        self.blogDescription = blogDescription
    }
}

/// What an import stored, and what it found already there.
public struct ArchiveImportResult: Sendable, Equatable {
    /// Posts and pages added.
    public var postsAdded = 0
    /// Posts and pages already stored from an earlier import of the same source.
    public var postsAlreadyThere = 0
    /// Comments added.
    public var commentsAdded = 0
    /// Comments already stored.
    public var commentsAlreadyThere = 0
    /// Redirects added.
    public var redirectsAdded = 0
    /// Posts whose path was taken by another post, with the path they got instead.
    public var renamedPaths: [Redirect] = []

    /// An empty result.
    public init() {}
}

/// Why the store refused an archive.
public enum ArchiveImportError: Error, Equatable, CustomStringConvertible {
    /// Restoring needs an empty blog.
    case blogNotEmpty(posts: Int, comments: Int)
    /// A comment names a post that is neither in the archive nor stored.
    case unknownPost(comment: Int64, post: Int64)

    public var description: String {
        switch self {
        case .blogNotEmpty(let posts, let comments):
            "the blog is not empty (\(posts) posts, \(comments) comments): restore an archive into a new database"
        case .unknownPost(let comment, let post):
            "comment \(comment) belongs to post \(post), which is neither in the archive nor in the blog"
        }
    }
}
