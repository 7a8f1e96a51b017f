import Foundation
import Hummingbird
import NewsdeskClipper
import NewsdeskCore

/// The post editor at `/admin/posts/new` and `/admin/posts/<id>`: write, clip, illustrate, preview, save,
/// publish, schedule, unpublish, trash and restore.
struct PostEditorController: Sendable {
    let reader: SiteReader
    let store: any PostStore & EditorialStore & MediaStore
    let theme: Theme
    let clipper: ClipFetcher
    let pages: PostPageRenderer
    /// Asks the archive to save a story's source when its post is published (when the blog says so).
    let archiveSaver: SourceArchiveSaver

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get("posts/new") { request, context in try await self.newPost(request, context: context) }
        group.post("posts") { request, context in try await self.submit(request, context: context, id: nil) }
        group.get("posts/:id") { request, context in try await self.edit(request, context: context) }
        group.post("posts/:id") { request, context in
            try await self.submit(request, context: context, id: try Self.id(context))
        }
        group.post("posts/:id/trash") { _, context in try await self.trash(context: context, restore: false) }
        group.post("posts/:id/restore") { _, context in try await self.trash(context: context, restore: true) }
    }

    /// A blank editor; the bookmarklet fills in the page it was pressed on and the text selected there.
    func newPost(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        var draft = PostDraft()
        let query = request.uri.queryParameters
        draft.sourceURL = query["url"].map { String($0.prefix(2000)) } ?? ""
        draft.excerpt = query["text"].map { String($0.prefix(PostDraft.maximumFieldLength)) } ?? ""
        draft.headline = query["title"].map { String($0.prefix(300)) } ?? ""
        return try await page(editor: editor, post: nil, draft: draft, problems: [])
    }

    func edit(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        let post = try await editablePost(try Self.id(context), by: editor)
        let blog = try await reader.blog()
        return try await page(
            editor: editor, post: post, draft: PostDraft(post, timeZone: blog.timeZone), problems: [],
            notice: request.uri.queryParameters["notice"].map(String.init))
    }

    func trash(context: NewsdeskRequestContext, restore: Bool) async throws -> Response {
        let editor = try AdminPage.editor(context)
        let post = try await editablePost(try Self.id(context), by: editor)
        let id = post.id ?? 0
        try await editing.trash(post, restore: restore)
        if restore {
            return AdminPage.redirect(to: "/admin/posts/\(id)", notice: "The post is out of the trash.")
        }
        return AdminPage.redirect(
            to: "/admin/posts?status=trashed", notice: "“\(post.title)” is in the trash; restore it from here.")
    }

    /// The post, when this editor may change it (an author only their own).
    func editablePost(_ id: Int64, by editor: SignedInEditor) async throws -> Post {
        try await editing.editablePost(id, by: editor.user)
    }

    /// The editor's rules, shared with the Admin API.
    var editing: PostEditing { PostEditing(store: store, archiveSaver: archiveSaver) }
    var images: ImageUploads { ImageUploads(store: store) }

    static func id(_ context: NewsdeskRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        return id
    }

    /// The editor page, with the draft as typed and what is wrong with it.
    func page(
        editor: SignedInEditor, post: Post?, draft: PostDraft, problems: [String], notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let blog = try await reader.blog()
        let view = PostEditorView(
            chrome: AdminChrome(
                blog: blog, title: post == nil ? "New post" : "Edit post", editor: editor,
                section: post == nil ? "/admin/posts/new" : "/admin/posts",
                notice: notice),
            post: post, draft: draft, problems: problems, timeZone: blog.timeZone,
            commentaryHeading: blog.commentaryHeading, canFetch: true)
        return AdminPage.response(try theme.renderAdmin(view, template: "editor"), status: status)
    }
}
