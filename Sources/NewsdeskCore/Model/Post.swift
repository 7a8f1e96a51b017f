import Foundation

/// One blog post: a clipped story with the editor's commentary, or free HTML.
public struct Post: Sendable, Equatable, Codable {
    /// The database id; `nil` until stored.
    public var id: Int64?
    /// A dated post or a standalone page.
    public var kind: PostKind
    /// The title; Blogger allows an empty one.
    public var title: String
    /// The last path component without `.html`, unique within its month.
    public var slug: String
    /// The permalink path, `/YYYY/MM/slug.html`.
    public var path: String
    /// Draft, scheduled or published.
    public var status: PostStatus
    /// When the post was (or will be) published.
    public var publishedAt: Date?
    /// When the post last changed.
    public var updatedAt: Date
    /// Labels (Blogger's word for tags), in the order the editor gave them.
    public var labels: [String]
    /// The photo at the top, if any.
    public var image: PostImage?
    /// The clipped story, if the post is a clip.
    public var clipping: Clipping?
    /// The editor's own words, shown under the blog's commentary heading.
    public var commentary: String
    /// A hand-written summary for listings and feeds (WordPress's excerpt); empty when there is none.
    public var summary: String
    /// Free HTML for posts that are not clips (and for imported posts not recognised as clips).
    public var bodyHTML: String
    /// Who wrote the post.
    public var author: Author?
    /// Whether the post takes comments.
    public var commentMode: CommentMode
    /// How the excerpt, commentary and body are written.
    public var format: PostFormat

    /// Creates a post.
    public init(
        id: Int64? = nil,
        kind: PostKind = .post,
        title: String,
        slug: String = "",
        path: String = "",
        status: PostStatus = .draft,
        publishedAt: Date? = nil,
        updatedAt: Date = Date(),
        labels: [String] = [],
        image: PostImage? = nil,
        clipping: Clipping? = nil,
        commentary: String = "",
        summary: String = "",
        bodyHTML: String = "",
        author: Author? = nil,
        commentMode: CommentMode = .open,
        format: PostFormat = .plain
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.slug = slug
        self.path = path
        self.status = status
        self.publishedAt = publishedAt
        self.updatedAt = updatedAt
        self.labels = labels
        self.image = image
        self.clipping = clipping
        self.commentary = commentary
        self.summary = summary
        self.bodyHTML = bodyHTML
        self.author = author
        self.commentMode = commentMode
        self.format = format
    }
}
