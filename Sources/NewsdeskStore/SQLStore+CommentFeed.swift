import NewsdeskCore
import SQLKit

extension SQLStore {
    public func publishedComments(onPost postID: Int64?, offset: Int, limit: Int) async throws -> [QueuedComment] {
        let onePost: SQLQueryString = postID.map { "AND c.post_id = \(bind: $0)" } ?? ""
        return try await backend.read { database in
            try await database.raw(
                """
                SELECT \(unsafeRaw: CommentRow.columnsOfC), p.path AS post_path, p.title AS post_title
                FROM comments c JOIN posts p ON p.id = c.post_id
                WHERE c.status = \(bind: CommentStatus.published.rawValue)
                  AND p.status = \(bind: PostStatus.published.rawValue) \(onePost)
                ORDER BY c.created_at_ms DESC, c.id DESC \(limit: limit, offset: offset)
                """
            ).all().map { row in
                QueuedComment(
                    comment: try CommentRow(row: row).comment,
                    postPath: try row.decode(column: "post_path", as: String.self),
                    postTitle: try row.decode(column: "post_title", as: String.self),
                    heldReason: nil)
            }
        }
    }
}
