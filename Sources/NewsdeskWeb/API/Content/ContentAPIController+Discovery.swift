import Foundation
import Hummingbird
import NewsdeskCore

extension ContentAPIController {
    /// `/api/v1/posts/{id}/comments`: a published post's published comments, threaded.
    func comments(_ request: Request, postID: Int64) async throws -> Response {
        try await cache.page("/api/v1/posts/\(postID)/comments") {
            let started = Date()
            guard let post = try await store.post(id: postID), post.status == .published else {
                throw Self.noSuchPost
            }
            // As on the post page and its comment feed: hidden comments are not shown anywhere.
            guard post.commentMode != .hidden else {
                throw ProblemDetails(.notFound, detail: "This post's comments are not shown.")
            }
            let published = try await store.comments(onPost: postID, statuses: [.published])
            let answer = APICommentList(postID: postID, thread: CommentThread(published))
            return try APIJSON.page(answer, renderedAt: started, subject: .post(postID))
        }.response(to: request)
    }

    /// `/api/v1/labels`: every label with its count of published posts.
    func labels(_ request: Request) async throws -> Response {
        try await cache.page("/api/v1/labels") {
            let started = Date()
            let counts = try await store.labelCounts()
            let answer = APILabelList(labels: counts.map { .init(name: $0.label, count: $0.count) })
            return try APIJSON.page(answer, renderedAt: started)
        }.response(to: request)
    }

    /// `/api/v1/sources`: every outlet clipped, with counts, as the Sources page lists them.
    func sources(_ request: Request) async throws -> Response {
        try await cache.page("/api/v1/sources") {
            let started = Date()
            let counts = try await store.outletCounts()
            let answer = APISourceList(sources: counts.map { .init(outlet: $0.outlet, count: $0.count) })
            return try APIJSON.page(answer, renderedAt: started)
        }.response(to: request)
    }

    /// `/api/v1/search?q=…`: published posts matching `q`, best first, paged. Not cached, as the search page is
    /// not: every query differs, and results must not push shared pages out of the cache.
    func search(_ request: Request) async throws -> Response {
        let query = try APIQuery(request)
        guard let text = try query.text("q", maxLength: SearchQuery.maxInputLength) else {
            throw ProblemDetails(.badRequest, detail: "q is required: the words to search for.")
        }
        let paging = try APIPaging(query)
        let hits = try await store.search(SearchQuery(text), offset: paging.offset, limit: paging.limit + 1)
        let (_, baseURL) = try await site()
        let links = paging.links(
            baseURL, path: "/api/v1/search", items: [("q", text)], hasMore: hits.count > paging.limit)
        let answer = APISearchResults(
            query: text, results: hits.prefix(paging.limit).map { APISearchResults.Result($0, baseURL: baseURL) },
            page: paging.page, limit: paging.limit, next: links.next, previous: links.previous)
        return try APIJSON.page(answer).response(to: request)
    }
}
