import Foundation
import Hummingbird
import NewsdeskCore

/// A post's own page at its permalink, `/YYYY/MM/slug.html`.
struct PostPageController<Context: RequestContext>: Sendable {
    let renderer: PostPageRenderer
    let cache: PageCache

    /// Shown after a comment was held for moderation.
    static var heldNotice: String { "Thank you! Your comment will be visible after the editor approves it." }

    func addRoutes(to router: Router<Context>) {
        router.get(":year/:month/:file") { request, _ in try await self.postPage(request) }
        router.get("p/:file") { request, _ in try await self.postPage(request) }
    }

    func postPage(_ request: Request) async throws -> Response {
        let path = request.uri.path
        let replyTo = request.uri.queryParameters["replyTo"].flatMap { Int64(String($0)) }
        let held = request.uri.queryParameters["held"] != nil
        let showComment = request.uri.queryParameters["showComment"].map(String.init)
        let requestedPage = request.uri.queryParameters["commentPage"].map(String.init)
        let commentPage =
            if requestedPage == nil, let showComment, let milliseconds = Int64(showComment) {
                try await self.commentPage(holding: milliseconds, path: path)
            } else {
                try Self.commentPage(requestedPage)
            }
        // Other query strings do not change the page: one cached copy serves all.
        if replyTo == nil, !held {
            let after = Self.commentTime(showComment)
            let key = commentPage == 1 ? path : "\(path)?commentPage=\(commentPage)"
            return try await cache.page(key, renderedAfter: after) {
                try await renderer.sharedPage(path: path, commentPage: commentPage)
            }.response(to: request)
        }
        let (post, blog) = try await renderer.publishedPost(at: path)
        let form = try await renderer.form(
            .empty(action: post.path, honeypot: blog.comments.honeypot), replyingTo: replyTo, on: post)
        return try await renderer.personalPage(post: post, blog: blog, form: form, notice: held ? Self.heldNotice : nil)
    }

    /// `?commentPage=N`, N from 1 to 10,000; anything else is a 404, so junk URLs are neither cached nor crawled.
    static func commentPage(_ text: String?) throws -> Int {
        try PageNumber.parse(text, maximum: 10_000) ?? 1
    }

    /// The page of comments that holds the comment posted at `milliseconds` (page 1 when none is): a new
    /// comment on a long thread, or an old link to one, is on a later page.
    func commentPage(holding milliseconds: Int64, path: String) async throws -> Int {
        let perPage = CommentPaging.conversationsPerPage
        let comments = renderer.comments
        // A count first: most posts have one page, and loading every comment is for the long threads.
        guard let postID = try await renderer.reader.post(atPath: path)?.id,
            try await comments.publishedCommentCounts(postIDs: [postID])[postID] ?? 0 > perPage
        else { return 1 }
        let published = try await comments.comments(onPost: postID, statuses: [.published])
        guard let index = CommentThread(published).roots.firstIndex(where: { Self.holds($0, milliseconds) })
        else { return 1 }
        return index / perPage + 1
    }

    private static func holds(_ node: CommentThread.Node, _ milliseconds: Int64) -> Bool {
        node.comment.createdAt.millisecondsSince1970 == milliseconds
            || node.replies.contains { holds($0, milliseconds) }
    }

    /// Blogger's `?showComment=<ms>` names a comment's time. A page rendered before a recent comment cannot
    /// show it, so such a link asks for a page rendered after it (it is where a new comment redirects to).
    /// Older times, and times in the future, need nothing special.
    static func commentTime(_ milliseconds: String?, now: Date = Date()) -> Date? {
        guard let milliseconds, let value = Int64(milliseconds) else { return nil }
        let time = Date(millisecondsSince1970: value)
        guard time <= now, now.timeIntervalSince(time) < 600 else { return nil }
        return time
    }
}
