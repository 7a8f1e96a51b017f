import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore {
    public func queue(statuses: Set<CommentStatus>, limit: Int) async throws -> [QueuedComment] {
        try await queue(statuses: statuses, offset: 0, limit: limit, postAuthorID: nil)
    }

    public func queue(statuses: Set<CommentStatus>, offset: Int, limit: Int, postAuthorID: Int64?) async throws
        -> [QueuedComment]
    {
        guard !statuses.isEmpty else { return [] }
        let byAuthor: SQLQueryString = postAuthorID.map { "AND p.author_id = \(bind: $0)" } ?? ""
        return try await backend.read { database in
            let rows = try await database.raw(
                """
                SELECT \(unsafeRaw: CommentRow.columnsOfC), c.held_reason, p.path AS post_path, p.title AS post_title
                FROM comments c JOIN posts p ON p.id = c.post_id
                WHERE c.status IN \(SQLBind.group(statuses.map(\.rawValue).sorted())) \(byAuthor)
                ORDER BY c.created_at_ms DESC, c.id DESC \(limit: max(1, limit), offset: offset)
                """
            ).all()
            return try rows.map { row in
                QueuedComment(
                    comment: try CommentRow(row: row).comment,
                    postPath: try row.decode(column: "post_path", as: String.self),
                    postTitle: try row.decode(column: "post_title", as: String.self),
                    heldReason: try row.decode(column: "held_reason", as: String?.self))
            }
        }
    }

    public func moderate(commentID: Int64, action: ModerationAction, actor: String) async throws -> Comment {
        let now = Date()
        let updated = try await write { database -> (CommentRow?, Set<StoreChange>) in
            guard
                let current = try await database.select().columns(SQLRaw(CommentRow.columns)).from("comments")
                    .where("id", .equal, commentID)
                    .first().map(CommentRow.init(row:))?.comment
            else { throw ModerationError.noSuchComment(commentID) }
            let target = try await Self.targetStatus(of: action, for: current, in: database)
            try await database.update("comments").set("status", to: target.rawValue).where("id", .equal, commentID)
                .run()
            try await database.insert(into: "comment_moderation_log")
                .columns("comment_id", "action", "from_status", "to_status", "actor", "at_ms")
                .values(
                    SQLBind(commentID), SQLBind(action.rawValue), SQLBind(current.status.rawValue),
                    SQLBind(target.rawValue), SQLBind(actor), SQLBind(now.millisecondsSince1970)
                ).run()
            let updated = try await database.select().columns(SQLRaw(CommentRow.columns)).from("comments")
                .where("id", .equal, commentID)
                .first().map(CommentRow.init(row:))
            return (updated, [.comments(postID: current.postID)])
        }
        guard let updated else { throw ModerationError.noSuchComment(commentID) }
        return updated.comment
    }

    /// Where an action takes a comment; a restore returns it to the state it had before its last delete.
    static func targetStatus(of action: ModerationAction, for comment: Comment, in database: any SQLDatabase)
        async throws -> CommentStatus
    {
        switch action {
        case .approve: return .published
        case .spam: return .spam
        case .delete: return .deleted
        case .restore:
            guard comment.status == .deleted else { throw ModerationError.notDeleted(comment.id) }
            let before = try await database.raw(
                """
                SELECT from_status FROM comment_moderation_log
                WHERE comment_id = \(bind: comment.id) AND action = 'delete' ORDER BY id DESC LIMIT 1
                """
            ).first(decodingColumn: "from_status", as: String.self)
            return before.flatMap(CommentStatus.init(rawValue:)).flatMap { $0 == .deleted ? nil : $0 } ?? .published
        }
    }

    public func moderationHistory(commentID: Int64) async throws -> [ModerationRecord] {
        try await backend.read { database in
            try await database.raw(
                """
                SELECT comment_id, action, from_status, to_status, actor, at_ms FROM comment_moderation_log
                WHERE comment_id = \(bind: commentID) ORDER BY id
                """
            ).all(decoding: ModerationRow.self, keyDecodingStrategy: .convertFromSnakeCase).map(\.record)
        }
    }
}

/// A `comment_moderation_log` row.
struct ModerationRow: Decodable {
    let commentId: Int64
    let action: String
    let fromStatus: String
    let toStatus: String
    let actor: String
    let atMs: Int64

    var record: ModerationRecord {
        ModerationRecord(
            commentID: commentId, action: ModerationAction(rawValue: action) ?? .approve,
            from: CommentStatus(rawValue: fromStatus) ?? .pending, to: CommentStatus(rawValue: toStatus) ?? .pending,
            actor: actor, at: Date(millisecondsSince1970: atMs))
    }
}
