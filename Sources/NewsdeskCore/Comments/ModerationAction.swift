import Foundation

/// What the editor can do to a comment. Each action is recorded with who did it and when.
public enum ModerationAction: String, Sendable, Codable, CaseIterable {
    /// Publish a held or spam comment.
    case approve
    /// Mark as spam: kept, never shown.
    case spam
    /// Remove (softly: the comment is kept and can be restored).
    case delete
    /// Undo a delete, returning the comment to the state it had before.
    case restore
}

/// One recorded moderation action.
public struct ModerationRecord: Sendable, Equatable, Codable {
    /// The comment acted on.
    public var commentID: Int64
    /// What was done.
    public var action: ModerationAction
    /// The state before and after.
    public var from: CommentStatus
    public var to: CommentStatus
    /// Who did it (an editor's name, or the CLI user).
    public var actor: String
    /// When.
    public var at: Date

    enum CodingKeys: String, CodingKey {
        case action, from, to, actor, at
        case commentID = "comment"
    }

    /// Creates a record.
    public init(
        commentID: Int64, action: ModerationAction, from: CommentStatus, to: CommentStatus, actor: String, at: Date
    ) {
        self.commentID = commentID
        self.action = action
        self.from = from
        self.to = to
        self.actor = actor
        self.at = at
    }
}

/// Why a moderation action cannot be done.
public enum ModerationError: Error, Equatable, CustomStringConvertible {
    /// No comment has this id.
    case noSuchComment(Int64)
    /// Only deleted comments can be restored.
    case notDeleted(Int64)

    public var description: String {
        switch self {
        case .noSuchComment(let id): return "There is no comment \(id)."
        case .notDeleted(let id): return "Comment \(id) is not deleted, so there is nothing to restore."
        }
    }
}

/// A comment with the post it belongs to, for the moderation queue.
public struct QueuedComment: Sendable, Equatable {
    /// The comment.
    public var comment: Comment
    /// The post's permalink path.
    public var postPath: String
    /// The post's title.
    public var postTitle: String
    /// Why it was held, when it was.
    public var heldReason: String?

    /// Creates a queue entry.
    public init(comment: Comment, postPath: String, postTitle: String, heldReason: String?) {
        self.comment = comment
        self.postPath = postPath
        self.postTitle = postTitle
        self.heldReason = heldReason
    }
}
