import Foundation
import Hummingbird
import NewsdeskCore
import NewsdeskMarkdown

/// The public, read-only Content API under `/api/v1/`: published posts (paged and filtered), one post by id or
/// path, pages, a post's comments, labels, sources and search, as JSON described by `/api/openapi.json`.
///
/// Answers are kept by the page cache like pages, under their canonical address, and go stale on the same
/// store changes (a new comment drops its post's answers at once, on every server), with a strong ETag.
/// Search is not cached, as the search page is not.
struct ContentAPIController<Context: RequestContext>: Sendable {
    let reader: SiteReader
    let store: any DiscoveryStore & PostStore & CommentStore
    let cache: PageCache
    let markdown: MarkdownRenderer

    func addRoutes(to api: APIRoutes<Context>) {
        api.get("/v1/posts") { request, _ in try await postList(request) }
        api.get("/v1/posts/by-path") { request, _ in try await postByPath(request) }
        api.get("/v1/posts/:id") { request, context in
            try await post(request, id: try Self.postID(context.parameters.get("id")))
        }
        api.get("/v1/posts/:id/comments") { request, context in
            try await comments(request, postID: try Self.postID(context.parameters.get("id")))
        }
        api.get("/v1/pages") { request, _ in try await pages(request) }
        api.get("/v1/labels") { request, _ in try await labels(request) }
        api.get("/v1/sources") { request, _ in try await sources(request) }
        api.get("/v1/search") { request, _ in try await search(request) }
    }

    /// A post id from its address: a whole number from 1; anything else is a 400.
    static func postID(_ text: String?) throws -> Int64 {
        try APIQuery.id(text, of: "post")
    }

    /// The blog's settings and the origin its links start with.
    func site() async throws -> (Blog, String) {
        let blog = try await reader.blog()
        return (blog, reader.baseURL(for: blog))
    }

    /// `post`, published and stored, as the API shows it, with its comment count.
    func apiPost(_ post: Post, blog: Blog, baseURL: String) async throws -> APIPost {
        let id = post.id ?? 0
        let count = try await store.publishedCommentCounts(postIDs: [id])[id] ?? 0
        return APIPost(post, blog: blog, baseURL: baseURL, commentCount: count, rendering: markdown)
    }

    /// The 404 for a post that is not published (a draft, a trashed post) or does not exist: the same answer
    /// for both, so that the API does not tell which drafts exist.
    static var noSuchPost: ProblemDetails {
        ProblemDetails(.notFound, detail: "There is no published post or page with this id or path.")
    }
}
