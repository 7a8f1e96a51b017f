import Foundation
import NewsdeskCore

/// What the dashboard shows.
struct DashboardView: Sendable {
    let chrome: AdminChrome
    let draftCount: Int
    let scheduledCount: Int
    let publishedCount: Int
    let pendingCount: Int
    /// Clipped stories readers are sent to an archive for, or to a new address.
    let problemSourceCount: Int
    let drafts: [PostLine]
    let scheduled: [PostLine]
    let recent: [CommentLine]
    /// The "Clip to Newsdesk" link to drag to the bookmarks bar.
    let bookmarklet: String

    init(
        chrome: AdminChrome, counts: [PostStatus: Int], pendingCount: Int, problemSourceCount: Int, drafts: [Post],
        scheduled: [Post],
        recent: [QueuedComment], timeZone: TimeZone, origin: String
    ) {
        let dates = DateFormatting(timeZone: timeZone)
        self.chrome = chrome
        bookmarklet = Self.bookmarklet(origin: origin)
        draftCount = counts[.draft] ?? 0
        scheduledCount = counts[.scheduled] ?? 0
        publishedCount = counts[.published] ?? 0
        self.pendingCount = pendingCount
        self.problemSourceCount = problemSourceCount
        self.drafts = drafts.map { PostLine($0, dates: dates) }
        self.scheduled = scheduled.map { PostLine($0, dates: dates) }
        self.recent = recent.map { CommentLine($0, dates: dates) }
    }
}

extension DashboardView {
    /// A bookmarklet that opens the editor with the page it is pressed on: its address, title and the selected
    /// text as the excerpt (Blogger's "Blog This!", WordPress's "Press This").
    static func bookmarklet(origin: String) -> String {
        let editor = origin.replacingOccurrences(of: "'", with: "%27") + "/admin/posts/new"
        return "javascript:(function(){var e=encodeURIComponent;location.href='\(editor)?url='+e(location.href)"
            + "+'&title='+e(document.title)+'&text='+e(String(window.getSelection()))})()"
    }
}

/// A post in an admin list.
struct PostLine: Sendable {
    let id: Int64
    let title: String
    let path: String
    let status: String
    let when: String
    let author: String

    init(_ post: Post, dates: DateFormatting) {
        id = post.id ?? 0
        title = post.title.isEmpty ? "(untitled)" : post.title
        path = post.path
        status = post.status.rawValue
        let time = post.status == .draft ? post.updatedAt : post.publishedAt
        when = time.map { dates.dateTimeLocal($0, separator: " ") } ?? ""
        author = post.author?.displayName ?? ""
    }
}

/// A comment in an admin list.
struct CommentLine: Sendable {
    let id: Int64
    let name: String
    let isEditor: Bool
    let body: String
    let when: String
    let status: String
    let isPending: Bool
    let isDeleted: Bool
    let heldReason: String?
    let postTitle: String
    let link: String

    init(_ queued: QueuedComment, dates: DateFormatting) {
        let comment = queued.comment
        id = comment.id
        name = comment.displayName
        isEditor = comment.isEditor
        body = comment.body
        when = dates.dateTimeLocal(comment.createdAt, separator: " ")
        status = comment.status.rawValue
        isPending = comment.status == .pending
        isDeleted = comment.status == .deleted
        heldReason = queued.heldReason
        postTitle = queued.postTitle.isEmpty ? "(untitled)" : queued.postTitle
        link = "\(queued.postPath)#c\(comment.id)"
    }
}
