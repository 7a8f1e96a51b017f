import Foundation
import Hummingbird
import NewsdeskCore

/// Comment moderation in the Admin API, `/api/v1/admin/comments`, with a moderate token: the queue in each
/// state, one comment, and `POST comments/{id}/approve` (or `spam`, `delete`, `restore`). Who may moderate
/// what and the change itself are ``CommentModeration``'s, the web admin's own, so an author's token reaches
/// only comments on that author's posts, every action is recorded, and the post's cached pages are renewed.
struct AdminAPICommentsController: Sendable {
    let reader: SiteReader
    let moderation: CommentModeration

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get("comments") { request, context in try await list(request, context: context) }
        group.get("comments/:id") { _, context in
            let caller = try context.apiCaller(requiring: .moderate)
            return try APIJSON.response(
                AdminAPIComment(try await moderation.comment(try Self.id(context), moderatableBy: caller.user)))
        }
        // One address per action, so that a plain `curl -X POST …/comments/42/approve` needs no body.
        for action in ModerationAction.allCases {
            group.post("comments/:id/\(action.rawValue)") { _, context in
                let caller = try context.apiCaller(requiring: .moderate)
                let moderated = try await moderation.moderate(try Self.id(context), action: action, by: caller.user)
                return try APIJSON.response(AdminAPIComment(moderated))
            }
        }
    }

    /// `GET comments`: the comments in one state (`status`, pending by default), newest first, a page at a time.
    func list(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let caller = try context.apiCaller(requiring: .moderate)
        let query = try APIQuery(request)
        let paging = try APIPaging(query)
        let status =
            try query.choice("status", of: [CommentStatus.pending, .published, .spam, .deleted]) ?? .pending
        let found = try await moderation.queue(
            status, for: caller.user, offset: paging.offset, limit: paging.limit + 1)
        let blog = try await reader.blog()
        let links = paging.links(
            reader.baseURL(for: blog), path: "/api/v1/admin/comments",
            items: status == .pending ? [] : [("status", status.rawValue)], hasMore: found.count > paging.limit)
        return try APIJSON.response(
            AdminAPICommentList(
                items: found.prefix(paging.limit).map(AdminAPIComment.init), page: paging.page,
                limit: paging.limit, next: links.next, previous: links.previous))
    }

    /// The comment id in the address; a 400 unless it is a whole number from 1.
    static func id(_ context: NewsdeskRequestContext) throws -> Int64 {
        try APIQuery.id(context.parameters.get("id"), of: "comment")
    }
}
