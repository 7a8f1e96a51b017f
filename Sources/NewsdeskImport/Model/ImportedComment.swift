import Foundation
import NewsdeskCore

/// A comment as read from an export, linked to its post and parent by the export's ids.
public struct ImportedComment: Sendable, Equatable {
    /// The export's id for the comment (Blogger entry id, WordPress `comment_id`, Disqus `dsq:id`).
    public var sourceID: String
    /// The post's `sourceID`; for Disqus the thread's link URL (matched to posts by URL later).
    public var postSourceID: String
    /// The `sourceID` of the comment this one replies to. It may name a comment the export does not hold (one
    /// deleted before the export): store such a reply as a top-level comment.
    public var parentSourceID: String?
    /// The commenter's name; empty for an anonymous comment (Blogger's "Anonymous" included).
    public var authorName: String
    /// The commenter's web address or profile.
    public var authorURL: String?
    /// The commenter's e-mail address, when the export has a real one.
    public var authorEmail: String?
    /// Whether the blog's author wrote it (same profile or name as the post's author).
    public var isBlogAuthor: Bool
    /// The body as exported (HTML).
    public var bodyHTML: String
    /// When it was posted.
    public var createdAt: Date
    /// Published, pending, spam or deleted.
    public var status: CommentStatus

    /// Creates an imported comment.
    public init(
        sourceID: String,
        postSourceID: String,
        parentSourceID: String? = nil,
        authorName: String = "",
        authorURL: String? = nil,
        authorEmail: String? = nil,
        isBlogAuthor: Bool = false,
        bodyHTML: String = "",
        createdAt: Date,
        status: CommentStatus = .published
    ) {
        self.sourceID = sourceID
        self.postSourceID = postSourceID
        self.parentSourceID = parentSourceID
        self.authorName = authorName
        self.authorURL = authorURL
        self.authorEmail = authorEmail
        self.isBlogAuthor = isBlogAuthor
        self.bodyHTML = bodyHTML
        self.createdAt = createdAt
        self.status = status
    }
}
