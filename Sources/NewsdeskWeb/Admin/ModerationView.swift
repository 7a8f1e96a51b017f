import Foundation
import NewsdeskCore

/// What the comment queue shows.
struct ModerationView: Sendable {
    let chrome: AdminChrome
    let status: String
    let tabs: [AdminLink]
    let comments: [CommentLine]
    let hasComments: Bool
    /// The bulk actions that make sense on this tab.
    let actions: [Action]

    /// One moderation action, as a button or a bulk choice.
    struct Action: Sendable {
        let value: String
        let title: String
    }

    init(chrome: AdminChrome, status: CommentStatus, comments: [QueuedComment], timeZone: TimeZone) {
        let dates = DateFormatting(timeZone: timeZone)
        self.chrome = chrome
        self.status = status.rawValue
        tabs = ModerationController.tabs.map { tab in
            AdminLink(
                title: tab.title, href: "/admin/comments?status=\(tab.status.rawValue)", current: tab.status == status)
        }
        self.comments = comments.map { CommentLine($0, dates: dates) }
        hasComments = !comments.isEmpty
        actions = Self.actions(for: status)
    }

    static func actions(for status: CommentStatus) -> [Action] {
        let approve = Action(value: "approve", title: "Approve")
        let spam = Action(value: "spam", title: "Spam")
        let delete = Action(value: "delete", title: "Delete")
        switch status {
        case .pending: return [approve, spam, delete]
        case .published: return [spam, delete]
        case .spam: return [approve, delete]
        case .deleted: return [Action(value: "restore", title: "Restore")]
        }
    }
}
