import Foundation
import HTTPTypes
import Hummingbird
import NewsdeskCore
import NewsdeskMarkdown

/// Posts in the Admin API, `/api/v1/admin/posts`: list and read any state with a read token; create, change,
/// publish, schedule, unpublish and trash with a write token. Every change goes through ``PostEditing``, the
/// web editor's own rules and store calls, so roles, slugs, permalinks, the sanitiser, the scheduler, cache
/// invalidation and the archive at publishing all work as they do in the editor.
struct AdminAPIPostsController: Sendable {
    let reader: SiteReader
    let store: any PostStore & EditorialStore & CommentStore
    let editing: PostEditing
    let markdown: MarkdownRenderer

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get("posts") { request, context in try await list(request, context: context) }
        group.post("posts") { request, context in try await create(request, context: context) }
        group.get("posts/:id") { _, context in
            let caller = try context.apiCaller(requiring: .read)
            let post = try await editablePost(context, caller: caller)
            return try await answer(post)
        }
        group.patch("posts/:id") { request, context in try await change(request, context: context) }
        group.delete("posts/:id") { _, context in
            let caller = try context.apiCaller(requiring: .write)
            let post = try await editablePost(context, caller: caller)
            if post.status != .trashed { try await editing.trash(post, restore: false) }
            return Response(status: .noContent, headers: [.cacheControl: "no-store"])
        }
    }

    /// `GET posts`: every state or one (`status`), most recently changed first; an author's token sees their own.
    func list(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let caller = try context.apiCaller(requiring: .read)
        let query = try APIQuery(request)
        let paging = try APIPaging(query)
        let status = try query.choice("status", of: [PostStatus.draft, .scheduled, .published, .trashed])
        let found = try await store.editorialPosts(
            EditorialFilter(status: status, authorID: caller.user.postScope), offset: paging.offset,
            limit: paging.limit + 1)
        let (blog, baseURL) = try await site()
        let shown = Array(found.prefix(paging.limit))
        let counts = try await store.publishedCommentCounts(postIDs: shown.compactMap(\.id))
        let links = paging.links(
            baseURL, path: "/api/v1/admin/posts", items: status.map { [("status", $0.rawValue)] } ?? [],
            hasMore: found.count > paging.limit)
        let list = AdminAPIPostList(
            posts: shown.map {
                AdminAPIPost(
                    $0, blog: blog, baseURL: baseURL, commentCount: counts[$0.id ?? 0] ?? 0, rendering: markdown)
            },
            page: paging.page, limit: paging.limit, next: links.next, previous: links.previous)
        return try APIJSON.response(list)
    }

    /// `POST posts`: a new post from the body, as the editor would save it; 201 with the post and its `Location`.
    func create(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let caller = try context.apiCaller(requiring: .write)
        let input = try await AdminAPIPostInput.read(request)
        let blog = try await reader.blog()
        var base = PostEditing.newPost(by: caller.user)
        if let summary = input.summary { base.summary = summary }
        let draft = try input.applied(to: PostDraft(), timeZone: blog.timeZone)
        let saved = try await editing.saveOrRefuse(
            draft, action: try input.action(from: nil), base: base, stored: nil, blog: blog)
        var response = try await answer(saved, status: .created)
        response.headers[.location] = "/api/v1/admin/posts/\(saved.id ?? 0)"
        return response
    }

    /// `PATCH posts/{id}`: the fields given changed, and the state when `status` is given.
    func change(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let caller = try context.apiCaller(requiring: .write)
        let stored = try await editablePost(context, caller: caller)
        let input = try await AdminAPIPostInput.read(request)
        guard stored.status != .trashed else {
            throw ProblemDetails(
                .conflict, detail: "The post is in the trash; restore it in the admin before editing it.")
        }
        let blog = try await reader.blog()
        var base = stored
        if let summary = input.summary { base.summary = summary }
        let draft = try input.applied(to: PostDraft(stored, timeZone: blog.timeZone), timeZone: blog.timeZone)
        let saved = try await editing.saveOrRefuse(
            draft, action: try input.action(from: stored.status), base: base, stored: stored, blog: blog)
        return try await answer(saved)
    }

    /// The post named in the address, when the caller's user may edit it: the editor's rule, as problems.
    private func editablePost(_ context: NewsdeskRequestContext, caller: APICaller) async throws -> Post {
        let id = try ContentAPIController<NewsdeskRequestContext>.postID(context.parameters.get("id"))
        // The editor's 404 and 403 become problem documents in APIErrorMiddleware.
        return try await editing.editablePost(id, by: caller.user)
    }

    private func site() async throws -> (Blog, String) {
        let blog = try await reader.blog()
        return (blog, reader.baseURL(for: blog))
    }

    /// `post` as JSON, with its published comment count.
    private func answer(_ post: Post, status: HTTPResponse.Status = .ok) async throws -> Response {
        let (blog, baseURL) = try await site()
        let id = post.id ?? 0
        let count = try await store.publishedCommentCounts(postIDs: [id])[id] ?? 0
        return try APIJSON.response(
            AdminAPIPost(post, blog: blog, baseURL: baseURL, commentCount: count, rendering: markdown), status: status)
    }
}
