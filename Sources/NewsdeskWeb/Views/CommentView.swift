import NewsdeskCore

/// A comment as the theme shows it: "NAME said...", the body, the time linking to its anchor.
struct CommentView: Sendable {
    let id: Int64
    let name: String
    let url: String?
    let isEditor: Bool
    let bodyHTML: String
    let timeText: String
    let isoTime: String
    let permalink: String

    init(comment: Comment, postPath: String, dates: DateFormatting) {
        id = comment.id
        name = comment.displayName
        url = comment.authorURL.flatMap { $0.isEmpty ? nil : $0 }
        isEditor = comment.isEditor
        bodyHTML = HTMLText.withLineBreaks(comment.body)
        timeText = dates.commentTime(comment.createdAt)
        isoTime = dates.iso8601(comment.createdAt)
        // Blogger's comment links carry the time in milliseconds; keeping the form keeps old links alive.
        permalink = "\(postPath)?showComment=\(comment.createdAt.millisecondsSince1970)#c\(comment.id)"
    }
}
