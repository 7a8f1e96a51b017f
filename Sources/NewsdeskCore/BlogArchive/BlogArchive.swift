/// Everything a blog holds, in one value: what `newsdesk export --format json` writes and what every
/// import hands to the store.
///
/// Ids are the archive's own: a post's `id` is what its comments name in `post`, a comment's `id` what its
/// replies name in `parent`. The store keeps them when it imports into an empty database, so a backup
/// restores with the same comment anchors.
public struct BlogArchive: Sendable, Equatable, Codable {
    /// The `format` an archive file names, so a stray JSON file is refused with a clear message.
    public static let formatName = "newsdesk-archive"
    /// The archive layout this version writes and reads.
    public static let currentVersion = 1

    /// Always ``formatName``.
    public var format: String
    /// The layout version, ``currentVersion`` when written.
    public var version: Int
    /// The blog's settings; `nil` when the archive does not carry them (an import from another platform).
    public var blog: Blog?
    /// Everyone who wrote a post, with their profile links.
    public var authors: [Author]
    /// Posts and pages in every status, by id.
    public var posts: [ArchivedPost]
    /// Comments in every status, by id.
    public var comments: [ArchivedComment]
    /// Old addresses that answer with a permanent redirect to a post's path.
    public var redirects: [Redirect]
    /// Every moderation action (who approved, marked as spam, deleted or restored a comment, and when),
    /// oldest first; `comment` names a comment of this archive.
    public var moderation: [ModerationRecord]
    /// Every address the source checker knows, with its history, in the order it was first seen.
    public var sources: [ArchivedSource]

    /// Creates an archive.
    public init(
        blog: Blog? = nil,
        authors: [Author] = [],
        posts: [ArchivedPost] = [],
        comments: [ArchivedComment] = [],
        redirects: [Redirect] = [],
        moderation: [ModerationRecord] = [],
        sources: [ArchivedSource] = []
    ) {
        self.format = Self.formatName
        self.version = Self.currentVersion
        self.blog = blog
        self.authors = authors
        self.posts = posts
        self.comments = comments
        self.redirects = redirects
        self.moderation = moderation
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey {
        case format, version, blog, authors, posts, comments, redirects, moderation, sources
    }

    /// Reads an archive; files written before the moderation log or the source checker have neither.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        version = try container.decode(Int.self, forKey: .version)
        blog = try container.decodeIfPresent(Blog.self, forKey: .blog)
        authors = try container.decode([Author].self, forKey: .authors)
        posts = try container.decode([ArchivedPost].self, forKey: .posts)
        comments = try container.decode([ArchivedComment].self, forKey: .comments)
        redirects = try container.decode([Redirect].self, forKey: .redirects)
        moderation = try container.decodeIfPresent([ModerationRecord].self, forKey: .moderation) ?? []
        sources = try container.decodeIfPresent([ArchivedSource].self, forKey: .sources) ?? []
    }
}

/// An old address that now lives elsewhere: `/?p=12` or `/2011/01/02/hello/` → `/2011/01/hello.html`.
public struct Redirect: Sendable, Equatable, Codable, Hashable {
    /// The old path, with its query when the old platform used one (`/?p=12`).
    public var from: String
    /// The path it answers with a 301 to.
    public var to: String

    /// Creates a redirect.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
