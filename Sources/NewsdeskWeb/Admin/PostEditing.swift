import Foundation
import Hummingbird
import NewsdeskCore

/// The editor's rules for changing a post, shared by the web editor, the Admin API and Micropub so that all check,
/// place and store a post the same way: who may edit it, what is wrong with the fields, which state and time
/// an action gives it, and what happens when it is published.
struct PostEditing: Sendable {
    let store: any PostStore & EditorialStore
    /// Asks the archive to save a story's source when its post is published (when the blog says so).
    let archiveSaver: SourceArchiveSaver

    /// The post, when `user` may change it (an author only their own); a 404 or 403 otherwise.
    func editablePost(_ id: Int64, by user: User) async throws -> Post {
        guard let post = try await store.post(id: id) else {
            throw HTTPError(.notFound, message: "There is no post \(id).")
        }
        guard user.mayEdit(post) else {
            throw HTTPError(.forbidden, message: "You can edit your own posts only.")
        }
        return post
    }

    /// A new, unsaved post written by `user`.
    static func newPost(by user: User) -> Post {
        Post(title: "", author: Author(id: user.authorID, displayName: user.displayName))
    }

    /// The post `draft` describes on top of `base`, in the state and at the time `action` gives it; or the
    /// editor's sentences saying why it cannot be.
    func placed(_ draft: PostDraft, action: EditorAction, on base: Post, blog: Blog) -> Result<Post, EditorProblems> {
        let problems = draft.problems()
        guard problems.isEmpty else { return .failure(EditorProblems(problems)) }
        let publishAt =
            draft.publishAt.isEmpty ? nil : DateFormatting(timeZone: blog.timeZone).date(dateTimeLocal: draft.publishAt)
        if !draft.publishAt.isEmpty, publishAt == nil {
            return .failure(EditorProblems(["The publication time is not a date."]))
        }
        var post = draft.post(on: base)
        switch action.placement(of: base, publishAt: publishAt) {
        case .failure(let problem): return .failure(EditorProblems([problem.message]))
        case .success(let (status, time)): (post.status, post.publishedAt) = (status, time)
        }
        post.updatedAt = Date()
        return .success(post)
    }

    /// Stores `post` (new or changed from `stored`) through the store, which keeps slugs, permalinks and caches
    /// right; a newly published post, or one whose story changed, has its source archived.
    func save(_ post: Post, replacing stored: Post?, blog: Blog) async throws -> Post {
        let saved =
            post.id == nil
            ? try await store.createPost(post, timeZone: blog.timeZoneIdentifier)
            : try await store.updatePost(post, timeZone: blog.timeZoneIdentifier)
        if saved.status == .published,
            stored?.status != .published || stored?.clipping?.sourceURL != saved.clipping?.sourceURL
        {
            // Newly published, or its story changed: the archive is asked in the background.
            archiveSaver.postPublished(saved, blog: blog)
        }
        return saved
    }

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

    /// Moves the post to the trash, or takes it out again.
    func trash(_ post: Post, restore: Bool) async throws {
        let id = post.id ?? 0
        _ = restore ? try await store.restorePost(id: id) : try await store.trashPost(id: id)
    }
}

/// The editor's sentences about a post that cannot be saved as asked.
struct EditorProblems: Error, Equatable {
    let messages: [String]

    init(_ messages: [String]) {
        self.messages = messages
    }
}
