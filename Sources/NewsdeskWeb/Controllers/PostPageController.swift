import Foundation
import Hummingbird
import NewsdeskCore

/// A post's own page at its permalink, `/YYYY/MM/slug.html`.
struct PostPageController<Context: RequestContext>: Sendable {
    let site: SiteContext

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
            return try await site.cache.page(key, renderedAfter: after) {
                try await renderCacheable(path: path, commentPage: commentPage)
            }.response(to: request)
        }
        let (post, blog) = try await publishedPost(at: path)
        let tokens = try await site.secrets.formTokens()
        let postID = post.id ?? 0
        var form = CommentFormView.empty(action: post.path, honeypot: blog.comments.honeypot)
        if let replyTo, let parent = try await site.store.comment(id: replyTo),
            CommentValidation.canReply(to: parent, onPost: postID)
        {
            let name = CommentThread([parent]).roots.first?.displayName ?? parent.displayName
            form = form.replying(to: parent.id, name: name)
        }
        let html = try await render(post: post, blog: blog, form: form, notice: held ? Self.heldNotice : nil)
        return Self.uncached(
            html.replacingOccurrences(of: CachedPage.tokenPlaceholder, with: tokens.issue(postID: postID)))
    }

    /// `?commentPage=N`, N from 1 to 10,000; anything else is a 404, so junk URLs are neither cached nor crawled.
    static func commentPage(_ text: String?) throws -> Int {
        try PageNumber.parse(text, maximum: 10_000) ?? 1
    }

    /// The page of comments that holds the comment posted at `milliseconds` (page 1 when none is): a new
    /// comment on a long thread, or an old link to one, is on a later page.
    func commentPage(holding milliseconds: Int64, path: String) async throws -> Int {
        let perPage = CommentPaging.conversationsPerPage
        // A count first: most posts have one page, and loading every comment is for the long threads.
        guard let postID = try await site.post(atPath: path)?.id,
            try await site.store.publishedCommentCounts(postIDs: [postID])[postID] ?? 0 > perPage
        else { return 1 }
        let comments = try await site.store.comments(onPost: postID, statuses: [.published])
        guard let index = CommentThread(comments).roots.firstIndex(where: { Self.holds($0, milliseconds) })
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

    /// The page every reader gets, with a hole for the form token.
    func renderCacheable(path: String, commentPage: Int) async throws -> CachedPage {
        let started = Date()
        let (post, blog) = try await publishedPost(at: path)
        let tokens = try await site.secrets.formTokens()
        let postID = post.id ?? 0
        let form = CommentFormView.empty(action: post.path, honeypot: blog.comments.honeypot)
        let html = try await render(post: post, blog: blog, form: form, notice: nil, commentPage: commentPage)
        var page = CachedPage(text: html, renderedAt: started) { tokens.issue(postID: postID) }
        page.subject = .post(postID)
        return page
    }

    /// The published post (or page) at `path` with the blog settings, or a 404.
    func publishedPost(at path: String) async throws -> (Post, Blog) {
        let kind: PostKind = path.hasPrefix("/p/") ? .page : .post
        guard kind == .page ? path.hasSuffix(".html") : Permalink(path: path) != nil,
            let post = try await site.post(atPath: path), post.kind == kind, post.status == .published, post.id != nil
        else { throw HTTPError(.notFound) }
        return (post, try await site.blog())
    }

    /// The page's HTML; the form is left out when the post takes no comments.
    func render(post: Post, blog: Blog, form: CommentFormView, notice: String?, commentPage: Int = 1)
        async throws -> String
    {
        let comments = try await site.store.comments(onPost: post.id ?? 0, statuses: [.published])
        let dates = DateFormatting(timeZone: blog.timeZone)
        let thread = CommentThread(comments)
        let paging = CommentPaging(thread: thread, page: commentPage, path: post.path)
        let open = post.commentMode == .open
        let view = PostPageView(
            blog: BlogView(blog),
            meta: meta(for: post, blog: blog),
            sidebar: try await site.sidebar(),
            post: PostView(post: post, blog: blog, commentCount: comments.count, dates: dates, markdown: site.markdown),
            showsComments: post.commentMode != .hidden,
            comments: paging.roots.map {
                CommentView(node: $0, postPath: post.path, acceptsReplies: open, dates: dates)
            },
            commentsHeading: CommentCountWording.heading(comments.count),
            commentPaging: paging,
            form: open ? form : nil,
            closed: post.commentMode == .closed,
            notice: notice
        )
        return try site.theme.render(view, template: "post-page")
    }

    /// The head of a post page: its feeds, and what search engines and sharing read.
    func meta(for post: Post, blog: Blog) -> PageMeta {
        let baseURL = site.baseURL(for: blog)
        var meta = PageMeta(
            title: post.title.isEmpty ? blog.title : "\(blog.title): \(post.title)",
            description: TextSummary.of(post),
            canonicalURL: baseURL + post.path)
        meta.siteName = blog.title
        meta.shareTitle = post.title
        meta.ogType = "article"
        meta.imageURL = post.image.map { $0.url.hasPrefix("/") ? baseURL + $0.url : $0.url }
        meta.jsonLD = StructuredData.blogPosting(post, blog: blog, baseURL: baseURL)
        meta.feeds = PageMeta.blogFeeds(title: blog.title, baseURL: baseURL)
        if post.commentMode != .hidden, let id = post.id {
            meta.feeds.append(
                PageMeta.FeedLink(
                    title: "\(blog.title) - Comments on this post", type: "application/atom+xml",
                    href: baseURL + "/feeds/\(id)/comments/default"))
        }
        return meta
    }

    /// A page made for one reader (a refused form, a reply form): never cached, anywhere.
    static func uncached(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

extension CommentFormView {
    /// The same form, answering a comment.
    func replying(to parentID: Int64, name: String) -> CommentFormView {
        CommentFormView(
            action: action, name: self.name, url: url, body: body, error: error, maximumLength: maximumLength,
            parentID: parentID, replyingTo: name, token: token, honeypot: honeypot)
    }
}
