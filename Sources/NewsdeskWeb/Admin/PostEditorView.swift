import Foundation
import NewsdeskCore

/// What the post editor shows: the fields as typed, what is wrong with them, and the buttons the post's state
/// allows.
struct PostEditorView: Sendable {
    let chrome: AdminChrome
    let draft: PostDraft
    let problems: [String]
    let hasProblems: Bool
    /// Where the form posts: `/admin/posts` for a new post, `/admin/posts/<id>` for a stored one.
    let action: String
    let id: Int64?
    let statusText: String
    let isPublished: Bool
    let isScheduled: Bool
    let publicPath: String?
    let isMarkdown: Bool
    let commentaryHeading: String
    let timeZone: String
    let canFetch: Bool
    let commentModes: [AdminChoice]
    /// Post or page, chosen for a new one; empty once stored.
    let kinds: [AdminChoice]
    let choosesKind: Bool
    let isPage: Bool

    init(
        chrome: AdminChrome, post: Post?, draft: PostDraft, problems: [String], timeZone: TimeZone,
        commentaryHeading: String, canFetch: Bool
    ) {
        self.chrome = chrome
        self.draft = draft
        self.problems = problems
        hasProblems = !problems.isEmpty
        id = post?.id
        action = post?.id.map { "/admin/posts/\($0)" } ?? "/admin/posts"
        let status = post?.status ?? .draft
        isPublished = status == .published
        isScheduled = status == .scheduled
        statusText =
            switch status {
            case .published: "Published"
            case .scheduled:
                "Scheduled for \(post?.publishedAt.map { DateFormatting(timeZone: timeZone).dateTimeLocal($0, separator: " ") } ?? "")"
            case .draft: post == nil ? "New draft" : "Draft"
            case .private: "Private (imported)"
            case .trashed: "In the trash"
            }
        publicPath = isPublished ? post?.path : nil
        isMarkdown = (post?.format ?? .markdown) == .markdown
        self.commentaryHeading = commentaryHeading
        self.timeZone = timeZone.identifier
        self.canFetch = canFetch
        kinds =
            post == nil
            ? [
                ("post", "Post: dated, on the front page and in feeds"),
                ("page", "Page: About, Contact…, linked from the header"),
            ]
            .map { AdminChoice(value: $0.0, title: $0.1, selected: draft.kind == $0.0) }
            : []
        choosesKind = post == nil
        isPage = (post?.kind.rawValue ?? draft.kind) == PostKind.page.rawValue
        commentModes = [("open", "Open"), ("closed", "Closed: shown, no new ones"), ("hidden", "Hidden")].map {
            AdminChoice(value: $0.0, title: $0.1, selected: draft.commentMode == $0.0)
        }
    }
}
