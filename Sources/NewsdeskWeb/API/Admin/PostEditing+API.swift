import Foundation
import NewsdeskCore

extension PostEditing {
    /// Places and saves the post `draft` describes through the editor's rules, as the Admin API and Micropub
    /// do; the editor's sentences as a 422 problem when it cannot be saved.
    func saveOrRefuse(_ draft: PostDraft, action: EditorAction, base: Post, stored: Post?, blog: Blog) async throws
        -> Post
    {
        switch placed(draft, action: action, on: base, blog: blog) {
        case .failure(let problems):
            throw ProblemDetails(.unprocessableContent, detail: problems.messages.joined(separator: " "))
        case .success(let post):
            return try await save(post, replacing: stored, blog: blog)
        }
    }
}
