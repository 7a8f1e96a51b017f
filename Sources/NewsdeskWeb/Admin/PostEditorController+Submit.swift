import Foundation
import HTTPTypes
import Hummingbird
import NewsdeskClipper
import NewsdeskCore

extension PostEditorController {
    /// Every button of the editor form: the draft is checked, then saved, previewed or clipped into.
    func submit(_ request: Request, context: NewsdeskRequestContext, id: Int64?) async throws -> Response {
        let editor = try AdminPage.editor(context)
        var stored: Post?
        if let id { stored = try await editablePost(id, by: editor) }
        guard stored?.status != .trashed else {
            return AdminPage.redirect(
                to: "/admin/posts?status=trashed", notice: "Restore the post from the trash before editing it.")
        }
        let form = try await SubmittedForm.read(request, context: context, limit: CSRFMiddleware.maximumFormBytes)
        var draft = PostDraft(form)
        let action = form["action"].flatMap(EditorAction.init(rawValue:)) ?? .save
        let blog = try await reader.blog()
        func again(_ problems: [String], _ notice: String? = nil) async throws -> Response {
            try await page(
                editor: editor, post: stored, draft: draft, problems: problems, notice: notice,
                status: problems.isEmpty ? .ok : .unprocessableContent)
        }
        if action == .fetch {
            let fetched = await fetchingClip(into: draft)
            draft = fetched.draft
            return try await again(fetched.problems, fetched.notice)
        }
        if let file = form.files["image_file"] {
            switch try await images.keep(file, uploadedBy: editor.user.id) {
            case .success(let media): draft.imageURL = media.path
            case .failure(let problem): return try await again([problem.message])
            }
        }
        let base = stored ?? PostEditing.newPost(by: editor.user)
        let post: Post
        switch editing.placed(draft, action: action, on: base, blog: blog) {
        case .failure(let problems): return try await again(problems.messages)
        case .success(let placed): post = placed
        }
        if action == .preview { return try await preview(post, blog: blog) }
        let saved = try await editing.save(post, replacing: stored, blog: blog)
        return AdminPage.redirect(to: "/admin/posts/\(saved.id ?? 0)", notice: Self.notice(for: saved, action: action))
    }

    static func notice(for post: Post, action: EditorAction) -> String {
        switch post.status {
        case .published:
            return action == .publish ? "Published at \(post.path)." : "Saved; the post is live at \(post.path)."
        case .scheduled: return "Scheduled; it will appear at the time you chose."
        default: return action == .unpublish ? "Unpublished: the post is a draft again." : "Draft saved."
        }
    }

    /// The post as the public theme shows it, unsaved.
    func preview(_ post: Post, blog: Blog) async throws -> Response {
        var shown = post
        if shown.path.isEmpty { shown.path = "/admin/preview" }
        if shown.publishedAt == nil { shown.publishedAt = shown.updatedAt }
        var html = try await pages.previewHTML(post: shown, blog: blog)
        if let body = html.range(of: "<body>") {
            html.insert(
                contentsOf: "\n<p class=\"preview-banner\" role=\"status\" style=\"position:sticky;top:0;z-index:10;"
                    + "margin:0;padding:.5rem 1rem;background:#1f4e79;color:#fff;font:600 1rem system-ui,sans-serif;"
                    + "text-align:center\">Preview: not saved, not published. Close this tab to go back to the editor.</p>",
                at: body.upperBound)
        }
        var response = AdminPage.response(html)
        response.headers[.xRobotsTag] = "noindex"
        return response
    }

    /// The draft with the story at its source address fetched into what the editor left empty, and a notice;
    /// or why the fetch failed, the draft unchanged.
    func fetchingClip(into draft: PostDraft) async -> (draft: PostDraft, problems: [String], notice: String?) {
        switch await draft.fetchingClip(with: clipper) {
        case .success(let fetched): (fetched.draft, [], fetched.notice)
        case .failure(let problem): (draft, [problem.message], nil)
        }
    }
}

extension HTTPField.Name {
    /// Keeps search engines off a page.
    static let xRobotsTag = HTTPField.Name("X-Robots-Tag")!
}
