import NewsdeskCore

/// A comment as the theme shows it: "NAME said...", the body, the time linking to its anchor, its replies.
final class CommentView: Sendable {
    let id: Int64
    let name: String
    let url: String?
    let isEditor: Bool
    let bodyHTML: String
    let timeText: String
    let isoTime: String
    let permalink: String
    let depth: Int
    /// The comment's anchor on the blog's old platform, kept so links from before an import still land.
    let legacyAnchor: String?
    /// The plain link that opens the form as a reply to this comment; `nil` when the post takes no comments.
    let replyURL: String?
    let replies: [CommentView]
    let hasReplies: Bool

    init(node: CommentThread.Node, postPath: String, acceptsReplies: Bool, dates: DateFormatting) {
        let comment = node.comment
        id = comment.id
        name = node.displayName
        url = comment.authorURL.flatMap { CommentValidation.isSafeWebAddress($0) ? $0 : nil }
        isEditor = comment.isEditor
        bodyHTML = CommentSanitizer.sanitize(comment.body)
        timeText = dates.commentTime(comment.createdAt)
        isoTime = dates.iso8601(comment.createdAt)
        // Blogger's comment links carry the time in milliseconds; keeping the form keeps old links alive.
        permalink = "\(postPath)?showComment=\(comment.createdAt.millisecondsSince1970)#c\(comment.id)"
        depth = node.depth
        legacyAnchor = comment.legacyAnchor
        replyURL = acceptsReplies ? "\(postPath)?replyTo=\(comment.id)#comment-form" : nil
        replies = node.replies.map {
            CommentView(node: $0, postPath: postPath, acceptsReplies: acceptsReplies, dates: dates)
        }
        hasReplies = !node.replies.isEmpty
    }
}
