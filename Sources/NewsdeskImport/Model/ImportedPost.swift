import Foundation

/// A post or page as read from an export, before it is matched to the blog and stored.
public struct ImportedPost: Sendable, Equatable {
    /// Whether the entry is a dated post or a standalone page.
    public enum Kind: String, Sendable, Equatable {
        /// A dated blog post.
        case post
        /// A standalone page ("About").
        case page
    }

    /// Where the post was in its life on the old platform.
    public enum Status: String, Sendable, Equatable {
        /// Visible to readers.
        case published
        /// Not yet published (WordPress `draft` and `pending`, Blogger drafts).
        case draft
        /// Waiting for its publication time (WordPress `future`, Blogger `SCHEDULED`).
        case scheduled
        /// Published but not public (WordPress `private`, or password-protected).
        case `private`
    }

    /// The export's id (Blogger entry id, WordPress `post_id`); the key that makes re-imports idempotent.
    public var sourceID: String
    /// Post or page.
    public var kind: Kind
    /// The title as plain text; may be empty.
    public var title: String
    /// The body as exported (CDATA kept exactly); for WordPress, as `the_content` shows it (paragraphs added
    /// to classic-editor posts, shortcodes expanded).
    public var bodyHTML: String
    /// WordPress's hand-written excerpt, when it has one.
    public var excerpt: String?
    /// Published, draft, scheduled or private.
    public var status: Status
    /// When it was (or will be) published.
    public var publishedAt: Date?
    /// When it last changed, if the export says.
    public var updatedAt: Date?
    /// The path part of the old URL (with its query): `/2011/01/slug.html`, `/p/about.html`, `/?p=12`.
    public var originalPath: String?
    /// The old URL in full, when the export gives one.
    public var originalURL: String?
    /// Blogger: the file name without `.html`; WordPress: `post_name`.
    public var slug: String?
    /// Blogger labels; WordPress categories then tags as they appear, without duplicates.
    public var labels: [String]
    /// The old blog's own addresses of those labels (WordPress's `/category/news/`), with the label each is.
    public var labelAddresses: [String: String]
    /// The author's name as shown on the old blog.
    public var authorName: String?
    /// The author's profile address.
    public var authorURL: String?
    /// Whether the body has WordPress's `<!--more-->` break.
    public var hasMoreBreak: Bool

    /// Creates an imported post.
    public init(
        sourceID: String,
        kind: Kind = .post,
        title: String = "",
        bodyHTML: String = "",
        excerpt: String? = nil,
        status: Status = .published,
        publishedAt: Date? = nil,
        updatedAt: Date? = nil,
        originalPath: String? = nil,
        originalURL: String? = nil,
        slug: String? = nil,
        labels: [String] = [],
        labelAddresses: [String: String] = [:],
        authorName: String? = nil,
        authorURL: String? = nil,
        hasMoreBreak: Bool = false
    ) {
        self.sourceID = sourceID
        self.kind = kind
        self.title = title
        self.bodyHTML = bodyHTML
        self.excerpt = excerpt
        self.status = status
        self.publishedAt = publishedAt
        self.updatedAt = updatedAt
        self.originalPath = originalPath
        self.originalURL = originalURL
        self.slug = slug
        self.labels = labels
        self.labelAddresses = labelAddresses
        self.authorName = authorName
        self.authorURL = authorURL
        self.hasMoreBreak = hasMoreBreak
    }
}
