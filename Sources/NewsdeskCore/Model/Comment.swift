import Foundation

/// A reader's (or the editor's) comment on a post.
public struct Comment: Sendable, Equatable, Codable {
    /// The database id, also the `#c<ID>` anchor.
    public var id: Int64
    /// The post commented on.
    public var postID: Int64
    /// The comment replied to, if this is a reply.
    public var parentID: Int64?
    /// The name given; empty means the commenter stayed anonymous.
    public var authorName: String
    /// An optional web address the name links to.
    public var authorURL: String?
    /// Whether the blog's editor wrote it.
    public var isEditor: Bool
    /// The signed identity of an anonymous commenter's browser, so one thread's anonymous voices can be told apart.
    public var anonymousKey: String?
    /// The address the comment came from (for rate limits and blocklists); `nil` for imported comments.
    public var clientAddress: String?
    /// The plain-text body as typed.
    public var body: String
    /// When it was posted.
    public var createdAt: Date
    /// Published, pending, spam or deleted.
    public var status: CommentStatus
    /// The anchor the comment had on the blog's old platform (`c8245519`), so old links still land on it.
    public var legacyAnchor: String?

    /// Creates a comment.
    public init(
        id: Int64,
        postID: Int64,
        parentID: Int64? = nil,
        authorName: String,
        authorURL: String? = nil,
        isEditor: Bool = false,
        anonymousKey: String? = nil,
        clientAddress: String? = nil,
        body: String,
        createdAt: Date,
        status: CommentStatus = .published,
        legacyAnchor: String? = nil
    ) {
        self.id = id
        self.postID = postID
        self.parentID = parentID
        self.authorName = authorName
        self.authorURL = authorURL
        self.isEditor = isEditor
        self.anonymousKey = anonymousKey
        self.clientAddress = clientAddress
        self.body = body
        self.createdAt = createdAt
        self.status = status
        self.legacyAnchor = legacyAnchor
    }

    /// The name shown above the comment: "Anonymous" when none was given.
    public var displayName: String {
        authorName.isEmpty ? "Anonymous" : authorName
    }
}
