import Foundation
import Hummingbird
import NewsdeskCore

/// The web admin's rules for moderating comments, shared by the comment queue at `/admin/comments` and the
/// Admin API so that both list, check and change comments the same way: an admin moderates every comment, an
/// author only those on their own posts, and every action goes through the store, which records it and
/// invalidates the post's cached pages.
struct CommentModeration: Sendable {
    let store: any CommentStore & EditorialStore & PostStore

    /// Comments in `status`, newest first, after the first `offset`: an author sees those on their own posts.
    func queue(_ status: CommentStatus, for user: User, offset: Int = 0, limit: Int) async throws -> [QueuedComment] {
        try await store.queue(statuses: [status], offset: offset, limit: limit, postAuthorID: user.postScope)
    }

    /// The comment and its post, when `user` may moderate it (an author only on their own posts); a 404 or
    /// 403 otherwise.
    func comment(_ id: Int64, moderatableBy user: User) async throws -> QueuedComment {
        guard let comment = try await store.comment(id: id), let post = try await store.post(id: comment.postID)
        else { throw HTTPError(.notFound, message: "There is no comment \(id).") }
        guard user.mayEdit(post) else {
            throw HTTPError(.forbidden, message: "You can moderate comments on your own posts only.")
        }
        return QueuedComment(comment: comment, postPath: post.path, postTitle: post.title, heldReason: nil)
    }

    /// Applies `action` to comment `id` when `user` may moderate it, recorded under the user's name; the
    /// comment and its post as they are now.
    ///
    /// The store reports the change, so the post's page and feeds show it as they would after the web admin's.
    func moderate(_ id: Int64, action: ModerationAction, by user: User) async throws -> QueuedComment {
        var moderated = try await comment(id, moderatableBy: user)
        do {
            moderated.comment = try await store.moderate(commentID: id, action: action, actor: user.displayName)
        } catch ModerationError.notDeleted {
            throw HTTPError(
                .conflict,
                message: "Comment \(id) is not deleted, so there is nothing to restore; it is "
                    + "\(moderated.comment.status.rawValue).")
        } catch ModerationError.noSuchComment {
            // Deleted from the database between the check and the change (the CLI can do that).
            throw HTTPError(.notFound, message: "There is no comment \(id).")
        }
        return moderated
    }
}
