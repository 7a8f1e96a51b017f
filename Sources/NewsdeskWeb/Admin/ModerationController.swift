import Foundation
import Hummingbird
import NewsdeskCore

/// The comment queue at `/admin/comments`: approve, mark as spam, delete and restore, one at a time or
/// ticked together, and the editor's inline reply (shown with the blog-author mark). Who may moderate what,
/// and the moderation itself, are ``CommentModeration``'s, shared with the Admin API.
struct ModerationController: Sendable {
    let reader: SiteReader
    let store: any CommentStore & EditorialStore & PostStore
    let theme: Theme

    /// The rules, shared with the Admin API.
    var moderation: CommentModeration { CommentModeration(store: store) }

    /// The tabs, in order; the first is the default.
    static let tabs: [(status: CommentStatus, title: String)] = [
        (.pending, "Waiting"), (.published, "Published"), (.spam, "Spam"), (.deleted, "Deleted"),
    ]

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get("comments") { request, context in try await self.queue(request, context: context) }
        group.post("comments") { request, context in try await self.act(request, context: context) }
        group.post("comments/:id/reply") { request, context in try await self.reply(request, context: context) }
    }

    func queue(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        let blog = try await reader.blog()
        let status = request.uri.queryParameters["status"].flatMap { CommentStatus(rawValue: String($0)) } ?? .pending
        let comments = try await moderation.queue(status, for: editor.user, limit: 200)
        let view = ModerationView(
            chrome: AdminChrome(
                blog: blog, title: "Comments", editor: editor, section: "/admin/comments",
                notice: request.uri.queryParameters["notice"].map(String.init)),
            status: status, comments: comments, timeZone: blog.timeZone)
        return AdminPage.response(try theme.renderAdmin(view, template: "comments"))
    }

    func act(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        let form = try await SubmittedForm.read(request, context: context, limit: 256 * 1024)
        let back = "/admin/comments?status=" + (form["status"] ?? "pending")
        let chosen: (ModerationAction, [Int64])
        if let one = form["one"] {
            let parts = one.split(separator: ":")
            guard parts.count == 2, let action = ModerationAction(rawValue: String(parts[0])), let id = Int64(parts[1])
            else { throw HTTPError(.badRequest, message: "Unknown action.") }
            chosen = (action, [id])
        } else {
            guard let action = form["bulk"].flatMap(ModerationAction.init(rawValue:)) else {
                return AdminPage.redirect(to: back, notice: "Choose an action for the ticked comments.")
            }
            chosen = (action, form.values("ids").compactMap { Int64($0) })
        }
        guard !chosen.1.isEmpty else { return AdminPage.redirect(to: back, notice: "No comments were ticked.") }
        var done = 0
        for id in chosen.1 {
            _ = try await moderation.moderate(id, action: chosen.0, by: editor.user)
            done += 1
        }
        return AdminPage.redirect(to: back, notice: Self.summary(chosen.0, count: done))
    }

    func reply(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        let parent = try await moderation.comment(id, moderatableBy: editor.user).comment
        let text = try await SubmittedForm.read(request, context: context, limit: 64 * 1024)["body"] ?? ""
        let back = "/admin/comments?status=\(parent.status.rawValue)"
        let body: String
        switch CommentValidation.validate(name: "", body: text) {
        case .failure(let failure): return AdminPage.redirect(to: back, notice: "Not sent: \(failure.message)")
        case .success(let value): body = value.body
        }
        // Answering a held comment approves it, as in WordPress: a reply to a hidden comment would make no sense.
        if parent.status == .pending {
            _ = try await moderation.moderate(id, action: .approve, by: editor.user)
        }
        let reply = try await store.addComment(
            NewComment(
                postID: parent.postID, parentID: parent.id, authorName: editor.user.displayName, isEditor: true,
                body: body))
        return AdminPage.redirect(to: back, notice: "Your reply is published as comment #\(reply.id).")
    }

    static func summary(_ action: ModerationAction, count: Int) -> String {
        let noun = count == 1 ? "1 comment" : "\(count) comments"
        switch action {
        case .approve: return "\(noun) approved."
        case .spam: return "\(noun) marked as spam."
        case .delete: return "\(noun) deleted (restore them from the Deleted tab)."
        case .restore: return "\(noun) restored."
        }
    }
}
