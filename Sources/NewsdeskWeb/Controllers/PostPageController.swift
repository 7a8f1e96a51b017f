import Hummingbird
import NewsdeskCore

/// A post's own page at its permalink, `/YYYY/MM/slug.html`.
struct PostPageController<Context: RequestContext>: Sendable {
    let site: SiteContext

    func addRoutes(to router: Router<Context>) {
        router.get(":year/:month/:file") { request, _ in try await self.postPage(request) }
    }

    func postPage(_ request: Request) async throws -> Response {
        let path = request.uri.path
        // Query strings such as Blogger's ?showComment= do not change the page: one cached copy serves all.
        if let page = site.cache.page(path) { return page.response(to: request) }
        let epoch = site.cache.epoch
        let (post, blog) = try await publishedPost(at: path)
        let html = try await render(post: post, blog: blog, form: nil)
        let page = CachedPage(text: html)
        site.cache.store(page, for: path, renderedIn: epoch)
        return page.response(to: request)
    }

    /// The published post at `path` with the blog settings, or a 404.
    func publishedPost(at path: String) async throws -> (Post, Blog) {
        guard Permalink(path: path) != nil, let post = try await site.store.post(atPath: path),
            post.status == .published, post.id != nil
        else { throw HTTPError(.notFound) }
        return (post, try await site.store.blog())
    }

    /// The page's HTML; `form` carries what was typed when a comment was refused.
    func render(post: Post, blog: Blog, form: CommentFormView?) async throws -> String {
        let comments = try await site.store.comments(onPost: post.id ?? 0, statuses: [.published])
        let dates = DateFormatting(timeZone: blog.timeZone)
        let postView = PostView(post: post, blog: blog, commentCount: comments.count, dates: dates)
        let summarySource =
            post.clipping?.excerptParagraphs.first ?? (post.commentary.isEmpty ? post.title : post.commentary)
        let view = PostPageView(
            blog: blog,
            meta: PageMeta(
                title: post.title.isEmpty ? blog.title : "\(blog.title): \(post.title)",
                description: PageMeta.summary(summarySource),
                canonicalURL: site.baseURL(for: blog) + post.path
            ),
            post: postView,
            comments: comments.map { CommentView(comment: $0, postPath: post.path, dates: dates) },
            commentsHeading: CommentCountWording.heading(comments.count),
            form: form
                ?? CommentFormView(
                    action: post.path, name: "", body: "", error: nil,
                    maximumLength: CommentValidation.maximumBodyLength)
        )
        return try site.theme.render(view, template: "post-page")
    }
}
