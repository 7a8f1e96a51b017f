import Foundation
import NewsdeskCore

extension InMemoryStore {
    public func queue(statuses: Set<CommentStatus>, limit: Int) async throws -> [QueuedComment] {
        try await queue(statuses: statuses, offset: 0, limit: limit, postAuthorID: nil)
    }

    public func queue(statuses: Set<CommentStatus>, offset: Int, limit: Int, postAuthorID: Int64?) async throws
        -> [QueuedComment]
    {
        try read { state in
            let queued = state.comments.values.filter { stored in
                statuses.contains(stored.comment.status)
                    && (postAuthorID.map { state.posts[stored.comment.postID]?.authorID == $0 } ?? true)
            }
            let ordered = queued.sorted {
                Self.newestFirst(($0.comment.createdAt, $0.comment.id), ($1.comment.createdAt, $1.comment.id))
            }
            // At least one, as the SQL store's `LIMIT max(1, limit)`.
            return ordered.dropFirst(max(0, offset)).prefix(max(1, limit)).compactMap { stored in
                state.posts[stored.comment.postID].map { post in
                    QueuedComment(
                        comment: stored.comment, postPath: post.post.path, postTitle: post.post.title,
                        heldReason: stored.heldReason)
                }
            }
        }
    }

    public func moderate(commentID: Int64, action: ModerationAction, actor: String) async throws -> Comment {
        let now = Date.storedNow
        return try write { state in
            guard var stored = state.comments[commentID] else { throw ModerationError.noSuchComment(commentID) }
            let current = stored.comment
            let target = try Self.targetStatus(of: action, for: current, in: state)
            stored.comment.status = target
            state.comments[commentID] = stored
            state.moderation.append(
                ModerationRecord(
                    commentID: commentID, action: action, from: current.status, to: target, actor: actor, at: now))
            return (stored.comment, [.comments(postID: current.postID)])
        }
    }

    /// Where an action takes a comment; a restore returns it to the state it had before its last delete.
    static func targetStatus(of action: ModerationAction, for comment: Comment, in state: InMemoryState) throws
        -> CommentStatus
    {
        switch action {
        case .approve: return .published
        case .spam: return .spam
        case .delete: return .deleted
        case .restore:
            guard comment.status == .deleted else { throw ModerationError.notDeleted(comment.id) }
            let before = state.moderation.last { $0.commentID == comment.id && $0.action == .delete }?.from
            return before.flatMap { $0 == .deleted ? nil : $0 } ?? .published
        }
    }

    public func moderationHistory(commentID: Int64) async throws -> [ModerationRecord] {
        try read { state in state.moderation.filter { $0.commentID == commentID } }
    }
}
