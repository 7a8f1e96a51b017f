import NewsdeskCore

/// Long threads are shown 200 conversations (a comment with its replies) to a page, as Blogger does, so a
/// post with thousands of comments still renders quickly.
struct CommentPaging: Sendable {
    static let conversationsPerPage = 200

    /// The conversations on this page.
    let roots: [CommentThread.Node]
    /// Links to the neighbouring pages, when they exist.
    let olderURL: String?
    let newerURL: String?
    let hasLinks: Bool

    init(thread: CommentThread, page: Int, path: String) {
        let size = Self.conversationsPerPage
        let start = min((page - 1) * size, thread.roots.count)
        roots = Array(thread.roots[start..<min(start + size, thread.roots.count)])
        newerURL = start + size < thread.roots.count ? "\(path)?commentPage=\(page + 1)#comments" : nil
        olderURL = page > 1 ? (page == 2 ? "\(path)#comments" : "\(path)?commentPage=\(page - 1)#comments") : nil
        hasLinks = olderURL != nil || newerURL != nil
    }
}
