import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskMarkdown

/// Renders a post's page: the copy every reader shares, which the page cache keeps with a hole for the
/// comment form's token, and the copies made for one reader (a reply form, a refused comment, the held
/// notice). The form token goes into a page here and nowhere else.
struct PostPageRenderer: Sendable {
    let reader: SiteReader
    let comments: any CommentStore
    let theme: Theme
    let markdown: MarkdownRenderer
    let secrets: SiteSecrets

    /// The published post (or page) at `path` with the blog settings, or a 404.
    func publishedPost(at path: String) async throws -> (Post, Blog) {
        let kind: PostKind = path.hasPrefix("/p/") ? .page : .post
        guard kind == .page ? path.hasSuffix(".html") : Permalink(path: path) != nil,
            let post = try await reader.post(atPath: path), post.kind == kind, post.status == .published,
            post.id != nil
        else { throw HTTPError(.notFound) }
        return (post, try await reader.blog())
    }

    /// The page every reader gets; each response fills the form's token in afresh.
    func sharedPage(path: String, commentPage: Int) async throws -> CachedPage {
        let started = Date()
        let (post, blog) = try await publishedPost(at: path)
        let token = try await tokenIssuer(for: post)
        let form = CommentFormView.empty(action: post.path, honeypot: blog.comments.honeypot)
        let html = try await html(post: post, blog: blog, form: form, notice: nil, commentPage: commentPage)
        var page = CachedPage(text: html, renderedAt: started, fillHole: token)
        page.subject = .post(post.id ?? 0)
        return page
    }

    /// A page made for one reader, with its own token: never cached, anywhere.
    func personalPage(
        post: Post, blog: Blog, form: CommentFormView, notice: String?, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let token = try await tokenIssuer(for: post)
        let html = try await html(post: post, blog: blog, form: form, notice: notice, commentPage: 1)
        return Self.uncached(html.replacingOccurrences(of: CachedPage.tokenPlaceholder, with: token()), status: status)
    }

    /// The page of an unsaved post for the editor's preview: without a comment form, since a preview must
    /// not look as if readers could already answer it.
    func previewHTML(post: Post, blog: Blog) async throws -> String {
        var shown = post
        shown.commentMode = .closed
        let form = CommentFormView.empty(action: shown.path, honeypot: false)
        return try await html(post: shown, blog: blog, form: form, notice: nil, commentPage: 1)
    }

    /// A token for a form shown on another page (the 503 page keeps a commenter's words): nil while the
    /// secrets cannot be read.
    func formToken(forPostID postID: Int64) async -> String? {
        try? await secrets.formTokens().issue(postID: postID)
    }

    /// `form` answering `parentID` when a reader may reply to that comment on `post`; otherwise `form` as it is.
    func form(_ form: CommentFormView, replyingTo parentID: Int64?, on post: Post) async throws -> CommentFormView {
        guard let parentID, let parent = try await comments.comment(id: parentID),
            CommentValidation.canReply(to: parent, onPost: post.id)
        else { return form }
        let name = CommentThread([parent]).roots.first?.displayName ?? parent.displayName
        return form.replying(to: parentID, name: name)
    }

    private func tokenIssuer(for post: Post) async throws -> @Sendable () -> String {
        let tokens = try await secrets.formTokens()
        let postID = post.id ?? 0
        return { tokens.issue(postID: postID) }
    }

    /// The page's HTML, with the token's placeholder; the form is left out when the post takes no comments.
    private func html(post: Post, blog: Blog, form: CommentFormView, notice: String?, commentPage: Int)
        async throws -> String
    {
        let published = try await comments.comments(onPost: post.id ?? 0, statuses: [.published])
        let dates = DateFormatting(timeZone: blog.timeZone)
        let paging = CommentPaging(thread: CommentThread(published), page: commentPage, path: post.path)
        let open = post.commentMode == .open
        let view = PostPageView(
            blog: BlogView(blog),
            meta: PageMeta.post(post, blog: blog, baseURL: reader.baseURL(for: blog)),
            sidebar: try await reader.sidebar(),
            post: PostView(post: post, blog: blog, commentCount: published.count, dates: dates, markdown: markdown),
            showsComments: post.commentMode != .hidden,
            comments: paging.roots.map {
                CommentView(node: $0, postPath: post.path, acceptsReplies: open, dates: dates)
            },
            commentsHeading: CommentCountWording.heading(published.count),
            commentPaging: paging,
            form: open ? form : nil,
            closed: post.commentMode == .closed,
            notice: notice
        )
        return try theme.render(view, template: "post-page")
    }

    /// A page for one reader's eyes.
    static func uncached(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
