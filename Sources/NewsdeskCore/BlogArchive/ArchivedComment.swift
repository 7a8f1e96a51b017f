import Foundation

/// A comment with everything stored about it, as archives carry it.
public struct ArchivedComment: Sendable, Equatable, Codable {
    /// The archive's id for the comment.
    public var id: Int64
    /// The post: one of the archive's posts, or (when the archive has no post with this id) a post already
    /// stored, which is how comments from Disqus join the posts they belong to.
    public var post: Int64
    /// The comment replied to, one of the archive's comments.
    public var parent: Int64?
    /// The name given; empty for "Anonymous".
    public var authorName: String
    /// The commenter's web address.
    public var authorURL: String?
    /// The commenter's e-mail address (never shown).
    public var authorEmail: String?
    /// Whether the blog's editor wrote it.
    public var isEditor: Bool
    /// The signed identity of an anonymous commenter's browser.
    public var anonymousKey: String?
    /// The address it came from.
    public var clientAddress: String?
    /// The body as typed (limited HTML, sanitised when shown).
    public var body: String
    /// When it was posted.
    public var createdAt: Date
    /// Published, pending, spam or deleted.
    public var status: CommentStatus
    /// Why it was held for moderation.
    public var heldReason: String?
    /// The anchor the comment had on the old platform (`c8245519`, `comment-12`), so old links still land.
    public var legacyAnchor: String?
    /// Where the comment came from, so importing the same export again adds nothing.
    public var sourceKey: String?

    /// Creates an archived comment.
    public init(
        id: Int64, post: Int64, parent: Int64? = nil, authorName: String, authorURL: String? = nil,
        authorEmail: String? = nil, isEditor: Bool = false, anonymousKey: String? = nil,
        clientAddress: String? = nil, body: String, createdAt: Date, status: CommentStatus,
        heldReason: String? = nil, legacyAnchor: String? = nil, sourceKey: String? = nil
    ) {
        self.id = id
        self.post = post
        self.parent = parent
        self.authorName = authorName
        self.authorURL = authorURL
        self.authorEmail = authorEmail
        self.isEditor = isEditor
        self.anonymousKey = anonymousKey
        self.clientAddress = clientAddress
        self.body = body
        self.createdAt = createdAt
        self.status = status
        self.heldReason = heldReason
        self.legacyAnchor = legacyAnchor
        self.sourceKey = sourceKey
    }
}
