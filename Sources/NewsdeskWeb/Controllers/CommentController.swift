import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskStore

/// Takes comments posted to a post's permalink; works without JavaScript.
struct CommentController: Sendable {
    let site: SiteContext
    let pages: PostPageController<NewsdeskRequestContext>

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
        let identities = AnonymousIdentity(signer: try await site.secrets.messageSigner())
        var newCookie: Cookie?
        var anonymousKey = identities.identity(in: request)
        if anonymousKey == nil {
            let fresh = identities.newIdentity(secure: site.configuration.secureCookies)
            (anonymousKey, newCookie) = (fresh.identity, fresh.cookie)
        }
        let submission = CommentIntake.Submission(
            name: form.name ?? "", url: form.url ?? "", body: form.body ?? "",
            parentID: form.parent.flatMap { Int64($0) }, token: form.token, honeypot: form.contact ?? "",
            clientAddress: context.clientAddress(of: request, trustedProxies: site.configuration.trustedProxies),
            anonymousKey: anonymousKey)
        var response: Response
        switch try await CommentIntake(site: site).submit(submission, to: post, blog: blog) {
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
        var view = CommentFormView(
            action: post.path, name: TextInput.displayable(form.name ?? ""), url: TextInput.displayable(form.url ?? ""),
            body: TextInput.displayable(form.body ?? ""), error: message,
            maximumLength: CommentValidation.maximumBodyLength, parentID: nil, replyingTo: nil,
            token: CachedPage.tokenPlaceholder, honeypot: blog.comments.honeypot)
        if let parentID = form.parent.flatMap({ Int64($0) }), let parent = try await site.store.comment(id: parentID),
            CommentValidation.canReply(to: parent, onPost: post.id)
        {
            view = view.replying(to: parentID, name: parent.displayName)
        }
        let token = try await site.secrets.formTokens().issue(postID: post.id ?? 0)
        let html = try await pages.render(post: post, blog: blog, form: view, notice: nil)
        return PostPageController<NewsdeskRequestContext>.uncached(
            html.replacingOccurrences(of: CachedPage.tokenPlaceholder, with: token), status: status)
    }

    /// The 503 page with the form as the commenter filled it in, to send again once the database answers; its
    /// token is fresh when the post and the form secrets are in memory (they are once the page has been shown).
    func unavailablePage(form: CommentForm, action: String, postID: Int64?) async -> Response {
        let blog = site.lastKnownBlog ?? Blog()
        let token = postID == nil ? nil : try? await site.secrets.formTokens().issue(postID: postID ?? 0)
        var view = CommentFormView(
            action: action, name: TextInput.displayable(form.name ?? ""), url: TextInput.displayable(form.url ?? ""),
            body: TextInput.displayable(form.body ?? ""),
            error: "Your comment was not saved: the blog cannot reach its database just now. It is all below; "
                + "send it again in a few seconds.",
            maximumLength: CommentValidation.maximumBodyLength, parentID: nil, replyingTo: nil, token: token ?? "",
            honeypot: blog.comments.honeypot)
        if let parentID = form.parent.flatMap({ Int64($0) }) { view = view.replying(to: parentID, name: "a comment") }
        return await ErrorPageMiddleware<NewsdeskRequestContext>(site: site).unavailablePage(form: view)
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
