import Foundation
import NewsdeskCore

/// What the post list shows.
struct PostListView: Sendable {
    let chrome: AdminChrome
    let tabs: [AdminLink]
    let posts: [PostLine]
    let hasPosts: Bool
    let isTrash: Bool
    let nextPage: String?
    let previousPage: String?

    init(
        chrome: AdminChrome, status: PostStatus?, counts: [PostStatus: Int], posts: [Post], timeZone: TimeZone,
        page: Int, hasMore: Bool
    ) {
        let dates = DateFormatting(timeZone: timeZone)
        self.chrome = chrome
        let shown: [(PostStatus?, String)] = [
            (nil, "All"), (.draft, "Drafts"), (.scheduled, "Scheduled"), (.published, "Published"), (.trashed, "Trash"),
        ]
        tabs = shown.map { value, title in
            let count = value.map { counts[$0] ?? 0 } ?? counts.filter { $0.key != .trashed }.values.reduce(0, +)
            return AdminLink(
                title: "\(title) (\(count))", href: "/admin/posts" + (value.map { "?status=\($0.rawValue)" } ?? ""),
                current: value == status)
        }
        self.posts = posts.map { PostLine($0, dates: dates) }
        hasPosts = !posts.isEmpty
        isTrash = status == .trashed
        let base = "/admin/posts?" + (status.map { "status=\($0.rawValue)&" } ?? "")
        nextPage = hasMore ? base + "page=\(page + 1)" : nil
        previousPage = page > 1 ? base + "page=\(page - 1)" : nil
    }
}
