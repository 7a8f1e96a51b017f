import Foundation
import Hummingbird
import NewsdeskCore

/// Takes comments posted to a post's permalink; works without JavaScript.
struct CommentController<Context: RequestContext>: Sendable {
    let site: SiteContext
    let pages: PostPageController<Context>

    /// The largest form body read; a 4,096-character comment in UTF-8, URL-encoded, fits with room to spare.
    static var maximumFormBytes: Int { 64 * 1024 }

    /// The fields of the comment form.
    struct CommentForm: Decodable {
        var name: String?
        var body: String?
    }

    func addRoutes(to router: Router<Context>) {
        router.post(":year/:month/:file") { request, _ in try await self.postComment(request) }
    }

    func postComment(_ request: Request) async throws -> Response {
        let (post, blog) = try await pages.publishedPost(at: request.uri.path)
        let form = try await Self.readForm(request)
        switch CommentValidation.validate(name: form.name ?? "", body: form.body ?? "") {
        case .failure(let failure):
            let refused = CommentFormView(
                action: post.path, name: form.name ?? "", body: form.body ?? "", error: failure.message,
                maximumLength: CommentValidation.maximumBodyLength)
            let html = try await pages.render(post: post, blog: blog, form: refused)
            return Response(
                status: .unprocessableContent,
                headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        case .success(let cleaned):
            // addComment returns only after the transaction committed: the 303 is the acknowledgement.
            let comment = try await site.store.addComment(
                NewComment(postID: post.id ?? 0, authorName: cleaned.name, body: cleaned.body, createdAt: Date()))
            site.cache.invalidate()
            return Response(status: .seeOther, headers: [.location: "\(post.path)#c\(comment.id)"])
        }
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
