import Foundation

/// A comment as submitted, before it is stored and given an id.
public struct NewComment: Sendable, Equatable {
    /// The post commented on.
    public var postID: Int64
    /// The comment replied to, if any.
    public var parentID: Int64?
    /// The name given, trimmed; empty for an anonymous comment.
    public var authorName: String
    /// An optional web address.
    public var authorURL: String?
    /// Whether the blog's editor is writing it.
    public var isEditor: Bool
    /// The signed identity of an anonymous commenter's browser, so one thread's anonymous voices can be told apart.
    public var anonymousKey: String?
    /// The address the comment came from (for rate limits and blocklists); `nil` for imported comments.
    public var clientAddress: String?
    /// The plain-text body, trimmed.
    public var body: String
    /// When it was submitted.
    public var createdAt: Date
    /// The state it is stored in.
    public var status: CommentStatus

    /// Creates a submission.
    public init(
        postID: Int64,
        parentID: Int64? = nil,
        authorName: String,
        authorURL: String? = nil,
        isEditor: Bool = false,
        anonymousKey: String? = nil,
        clientAddress: String? = nil,
        body: String,
        createdAt: Date = Date(),
        status: CommentStatus = .published
    ) {
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
    }
}
