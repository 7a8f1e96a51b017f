import Foundation
import NewsdeskCore

/// A comment in any state as the Admin API shows it to a moderator: where it is (its post and the comment it
/// answers), who wrote it, its body as the one comment sanitiser cleans it for the post page, and its state.
struct AdminAPIComment: Encodable, Sendable, Equatable {
    /// The name given (empty when the commenter stayed anonymous) and the web address it links to, when safe.
    typealias Author = APIComment.Author

    var id: Int64
    var postID: Int64
    var postTitle: String
    /// The post's permalink path; the comment's own address is this with `#c<id>`.
    var postPath: String
    /// The comment this one answers; `null` at the top level.
    var parentID: Int64?
    var author: Author
    /// Whether the blog's editor wrote it.
    var byEditor: Bool
    var html: String
    var status: CommentStatus
    var createdAt: Date

    /// `queued` (a comment with its post) as the API shows it.
    init(_ queued: QueuedComment) {
        let comment = queued.comment
        id = comment.id
        postID = comment.postID
        postTitle = queued.postTitle
        postPath = queued.postPath
        parentID = comment.parentID
        // The same address rule as the Content API's comments: a program may show it as a link.
        author = Author(name: comment.authorName, of: comment)
        byEditor = comment.isEditor
        html = CommentSanitizer.sanitize(comment.body)
        status = comment.status
        createdAt = comment.createdAt
    }

    /// Every key written, `null` included, as the document's schema requires.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(postID, forKey: .postID)
        try container.encode(postTitle, forKey: .postTitle)
        try container.encode(postPath, forKey: .postPath)
        try container.encode(parentID, forKey: .parentID)
        try container.encode(author, forKey: .author)
        try container.encode(byEditor, forKey: .byEditor)
        try container.encode(html, forKey: .html)
        try container.encode(status.rawValue, forKey: .status)
        try container.encode(createdAt, forKey: .createdAt)
    }

    enum CodingKeys: String, CodingKey {
        case id, postID, postTitle, postPath, parentID, author, byEditor, html, status, createdAt
    }
}

/// A page of the moderation queue: the comments in one state, newest first, with the pages around it.
typealias AdminAPICommentList = APIPage<CommentsPage, AdminAPIComment>

/// A page of comments.
enum CommentsPage: APIPageKind {
    static let itemsKey = "comments"
}
