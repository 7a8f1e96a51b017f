import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskStore

/// Takes comments posted to a post's permalink; works without JavaScript.
struct CommentController: Sendable {
    let pages: PostPageRenderer
    let intake: CommentIntake
    let errorPages: ErrorPageMiddleware<NewsdeskRequestContext>
    let secureCookies: Bool
    let trustedProxies: TrustedProxies

    /// The largest form body read; a 4,096-character comment in UTF-8, URL-encoded, fits with room to spare.
    static var maximumFormBytes: Int { 64 * 1024 }

    /// The fields of the comment form.
    struct CommentForm: Decodable {
        var name: String?
        var url: String?
        var body: String?
        var parent: String?
        var token: String?
        var contact: String?
    }

    func addRoutes(to router: Router<NewsdeskRequestContext>) {
        router.post(":year/:month/:file") { request, context in try await self.postComment(request, context: context) }
        router.post("p/:file") { request, context in try await self.postComment(request, context: context) }
    }

    func postComment(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let form = try await Self.readForm(request)
        var postID: Int64?
        do {
            let (post, blog) = try await pages.publishedPost(at: request.uri.path)
            postID = post.id
            return try await postComment(form, to: post, blog: blog, request, context: context)
        } catch let error as StoreError where error.isUnavailable {
            context.logger.warning("A comment could not be saved: \(error)")
            CommentMetrics.count("unavailable")
            return await unavailablePage(form: form, action: request.uri.path, postID: postID)
        }
    }

    private func postComment(
        _ form: CommentForm, to post: Post, blog: Blog, _ request: Request, context: NewsdeskRequestContext
    ) async throws -> Response {
        guard post.commentMode == .open else {
            throw HTTPError(.forbidden, message: "Comments are closed on this post.")
        }
        let identities = AnonymousIdentity(signer: try await intake.secrets.messageSigner())
        var newCookie: Cookie?
        var anonymousKey = identities.identity(in: request)
        if anonymousKey == nil {
            let fresh = identities.newIdentity(secure: secureCookies)
            (anonymousKey, newCookie) = (fresh.identity, fresh.cookie)
        }
        let submission = CommentIntake.Submission(
            name: form.name ?? "", url: form.url ?? "", body: form.body ?? "",
            parentID: form.parent.flatMap { Int64($0) }, token: form.token, honeypot: form.contact ?? "",
            clientAddress: context.clientAddress(of: request, trustedProxies: trustedProxies),
            anonymousKey: anonymousKey)
        var response: Response
        switch try await intake.submit(submission, to: post, blog: blog) {
        case .published(let comment):
            CommentMetrics.count("published")
            // Blogger's own comment link: it also tells the page cache to show a page with this comment in it.
            let location = "\(post.path)?showComment=\(comment.createdAt.millisecondsSince1970)#c\(comment.id)"
            response = Response(status: .seeOther, headers: [.location: location])
        case .held:
            CommentMetrics.count("held")
            response = Response(status: .seeOther, headers: [.location: "\(post.path)?held=1#comment-notice"])
        case .invalid(let message):
            CommentMetrics.count("invalid")
            response = try await refusedPage(
                post: post, blog: blog, form: form, message: message, status: .unprocessableContent)
        case .refused(let refusal):
            CommentMetrics.count("refused", rule: CommentMetrics.ruleName(refusal))
            response = try await refusedPage(
                post: post, blog: blog, form: form, message: refusal.message,
                status: HTTPResponse.Status(code: refusal.httpStatus))
            if case .rateLimited(let seconds) = refusal { response.headers[.retryAfter] = String(seconds) }
        }
        if let newCookie { response.setCookie(newCookie) }
        return response
    }

    /// The post page again, with the message and everything the commenter typed, and a fresh token.
    func refusedPage(post: Post, blog: Blog, form: CommentForm, message: String, status: HTTPResponse.Status)
        async throws -> Response
    {
        let typed = Self.formView(form, action: post.path, error: message, honeypot: blog.comments.honeypot)
        let view = try await pages.form(typed, replyingTo: form.parent.flatMap { Int64($0) }, on: post)
        return try await pages.personalPage(post: post, blog: blog, form: view, notice: nil, status: status)
    }

    /// The 503 page with the form as the commenter filled it in, to send again once the database answers; its
    /// token is fresh when the post and the form secrets are in memory (they are once the page has been shown).
    func unavailablePage(form: CommentForm, action: String, postID: Int64?) async -> Response {
        let blog = pages.reader.lastKnownBlog ?? Blog()
        var view = Self.formView(
            form, action: action,
            error: "Your comment was not saved: the blog cannot reach its database just now. It is all below; "
                + "send it again in a few seconds.",
            honeypot: blog.comments.honeypot,
            token: postID == nil ? "" : await pages.formToken(forPostID: postID ?? 0) ?? "")
        if let parentID = form.parent.flatMap({ Int64($0) }) { view = view.replying(to: parentID, name: "a comment") }
        return await errorPages.unavailablePage(form: view)
    }

    /// The form again with what the commenter typed (made safe to show) and why it was not taken.
    static func formView(
        _ form: CommentForm, action: String, error: String, honeypot: Bool, token: String = CachedPage.tokenPlaceholder
    ) -> CommentFormView {
        CommentFormView(
            action: action, name: TextInput.displayable(form.name ?? ""), url: TextInput.displayable(form.url ?? ""),
            body: TextInput.displayable(form.body ?? ""), error: error,
            maximumLength: CommentValidation.maximumBodyLength, parentID: nil, replyingTo: nil, token: token,
            honeypot: honeypot)
    }

    /// Decodes the URL-encoded form; an over-long or garbled body is the reader's error, not the server's.
    static func readForm(_ request: Request) async throws -> CommentForm {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maximumFormBytes)
        } catch {
            throw HTTPError(.contentTooLarge, message: "The comment is too large.")
        }
        do {
            return try URLEncodedFormDecoder().decode(CommentForm.self, from: String(buffer: buffer))
        } catch {
            throw HTTPError(.badRequest, message: "The comment form could not be read.")
        }
    }
}
