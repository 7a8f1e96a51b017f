import Foundation
import Hummingbird
import NewsdeskCore

extension ContentAPIController {
    /// `/api/v1/posts`: a page of published posts, newest first, filtered by label, outlet or period.
    func postList(_ request: Request) async throws -> Response {
        let query = try APIQuery(request)
        let (blog, _) = try await site()
        let list = try PostListRequest(query, timeZone: blog.timeZone)
        return try await cache.page(list.address) {
            let started = Date()
            let (blog, baseURL) = try await site()
            let paging = list.paging
            // One extra row tells whether a next page exists.
            let found = try await store.publishedPosts(list.filter, offset: paging.offset, limit: paging.limit + 1)
            // As on the listing pages: a filter that matches nothing, or a page past the end, is not there (and
            // junk addresses are not cached).
            if found.isEmpty, paging.page > 1 || list.filter != .all {
                throw ProblemDetails(.notFound, detail: "No published posts match this filter and page.")
            }
            let shown = Array(found.prefix(paging.limit))
            let counts = try await store.publishedCommentCounts(postIDs: shown.compactMap(\.id))
            let links = paging.links(
                baseURL, path: PostListRequest.path, items: list.filterItems, hasMore: found.count > paging.limit)
            let answer = APIPostList(
                posts: shown.map {
                    APIPost(
                        $0, blog: blog, baseURL: baseURL, commentCount: counts[$0.id ?? 0] ?? 0, rendering: markdown)
                },
                page: paging.page, limit: paging.limit, next: links.next, previous: links.previous)
            return try APIJSON.page(answer, renderedAt: started)
        }.response(to: request)
    }

    /// `/api/v1/posts/{id}`: one published post or page.
    func post(_ request: Request, id: Int64) async throws -> Response {
        try await cache.page("/api/v1/posts/\(id)") {
            let started = Date()
            guard let post = try await store.post(id: id), post.status == .published else { throw Self.noSuchPost }
            let (blog, baseURL) = try await site()
            return try APIJSON.page(
                try await apiPost(post, blog: blog, baseURL: baseURL), renderedAt: started, subject: .post(id))
        }.response(to: request)
    }

    /// `/api/v1/posts/by-path?path=/2011/01/slug.html`: the published post or page at a permalink path.
    func postByPath(_ request: Request) async throws -> Response {
        guard let path = try APIQuery(request).text("path", maxLength: 1000) else {
            throw ProblemDetails(.badRequest, detail: "path is required: a permalink path such as /2011/01/slug.html.")
        }
        guard path.hasPrefix("/") else {
            throw ProblemDetails(.badRequest, detail: "path must start with a slash, as /2011/01/slug.html does.")
        }
        let key = APIQuery.address("/api/v1/posts/by-path", [("path", path)])
        return try await cache.page(key) {
            let started = Date()
            guard let post = try await reader.post(atPath: path), post.status == .published, let id = post.id else {
                throw Self.noSuchPost
            }
            let (blog, baseURL) = try await site()
            return try APIJSON.page(
                try await apiPost(post, blog: blog, baseURL: baseURL), renderedAt: started, subject: .post(id))
        }.response(to: request)
    }

    /// `/api/v1/pages`: every published page, by title.
    func pages(_ request: Request) async throws -> Response {
        try await cache.page("/api/v1/pages") {
            let started = Date()
            let (blog, baseURL) = try await site()
            let pages = try await store.publishedPages()
            let counts = try await store.publishedCommentCounts(postIDs: pages.compactMap(\.id))
            let answer = APIPageList(
                pages: pages.map {
                    APIPost(
                        $0, blog: blog, baseURL: baseURL, commentCount: counts[$0.id ?? 0] ?? 0, rendering: markdown)
                })
            return try APIJSON.page(answer, renderedAt: started)
        }.response(to: request)
    }
}
