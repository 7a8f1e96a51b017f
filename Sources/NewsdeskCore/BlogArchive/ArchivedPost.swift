import Foundation

/// A post or page with everything stored about it, as archives carry it.
public struct ArchivedPost: Sendable, Equatable, Codable {
    /// The archive's id for the post (see ``BlogArchive``).
    public var id: Int64
    /// Post or page.
    public var kind: PostKind
    /// Draft, scheduled, published or private.
    public var status: PostStatus
    /// The title; may be empty.
    public var title: String
    /// The last path component without `.html`.
    public var slug: String
    /// The path it is served at: `/2011/01/slug.html`, `/p/about.html`.
    public var path: String
    /// When it was (or will be) published.
    public var publishedAt: Date?
    /// When it last changed.
    public var updatedAt: Date
    /// The author's name, one of the archive's authors.
    public var author: String?
    /// Labels in the editor's order.
    public var labels: [String]
    /// The photo at the top.
    public var image: PostImage?
    /// The clipped story.
    public var clipping: Clipping?
    /// The editor's commentary.
    public var commentary: String
    /// A hand-written summary.
    public var summary: String
    /// Free HTML.
    public var bodyHTML: String
    /// Open, closed or hidden comments.
    public var commentMode: CommentMode
    /// Where the post came from (`blogger:<entry id>`), so importing the same export again adds nothing.
    public var sourceKey: String?
    /// `markdown` for posts written in Markdown; absent for plain ones, so archives made before it read the same.
    public var format: PostFormat?

    /// Creates an archived post.
    public init(
        id: Int64, kind: PostKind = .post, status: PostStatus, title: String, slug: String, path: String,
        publishedAt: Date?, updatedAt: Date, author: String? = nil, labels: [String] = [], image: PostImage? = nil,
        clipping: Clipping? = nil, commentary: String = "", summary: String = "", bodyHTML: String = "",
        commentMode: CommentMode = .open, sourceKey: String? = nil, format: PostFormat? = nil
    ) {
        self.id = id
        self.kind = kind
        self.status = status
        self.title = title
        self.slug = slug
        self.path = path
        self.publishedAt = publishedAt
        self.updatedAt = updatedAt
        self.author = author
        self.labels = labels
        self.image = image
        // What the source checker found travels with the archive's sources, not with each post.
        self.clipping = clipping.map {
            Clipping(
                sourceURL: $0.sourceURL, headline: $0.headline, outlet: $0.outlet,
                excerptParagraphs: $0.excerptParagraphs)
        }
        self.commentary = commentary
        self.summary = summary
        self.bodyHTML = bodyHTML
        self.commentMode = commentMode
        self.sourceKey = sourceKey
        self.format = format == .plain ? nil : format
    }
}
