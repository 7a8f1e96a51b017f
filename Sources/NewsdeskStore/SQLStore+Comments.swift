import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore: CommentStore {
    public func comments(onPost postID: Int64, statuses: Set<CommentStatus>) async throws -> [Comment] {
        guard !statuses.isEmpty else { return [] }
        return try await backend.read { database in
            try await database.select().columns(SQLRaw(CommentRow.columns)).from("comments")
                .where("post_id", .equal, postID)
                .where("status", .in, statuses.map(\.rawValue).sorted())
                .orderBy("created_at_ms").orderBy("id")
                .all(decoding: CommentRow.self, keyDecodingStrategy: .convertFromSnakeCase)
                .map(\.comment)
        }
    }

    public func publishedCommentCounts(postIDs: [Int64]) async throws -> [Int64: Int] {
        guard !postIDs.isEmpty else { return [:] }
        return try await backend.read { database in
            let rows = try await database.raw(
                """
                SELECT post_id, COUNT(*) AS n FROM comments
                WHERE status = \(bind: CommentStatus.published.rawValue) AND post_id IN \(SQLBind.group(postIDs))
                GROUP BY post_id
                """
            ).all(decoding: CountRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0.postId, $0.n) })
        }
    }

    public func addComment(_ comment: NewComment) async throws -> Comment {
        let row = try await write { database in
            try await database.insert(into: "comments")
                .columns(
                    "post_id", "parent_id", "author_name", "author_url", "is_editor", "body", "created_at_ms", "status"
                )
                .values(
                    SQLBind(comment.postID), SQLBind(comment.parentID), SQLBind(comment.authorName),
                    SQLBind(comment.authorURL), SQLBind(comment.isEditor), SQLBind(comment.body),
                    SQLBind(comment.createdAt.millisecondsSince1970), SQLBind(comment.status.rawValue)
                )
                .returning(SQLRaw(CommentRow.columns))
                .first(decoding: CommentRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
        guard let row else { throw StoreError.notFound("The new comment") }
        return row.comment
    }
}

/// A per-post count.
struct CountRow: Decodable {
    let postId: Int64
    let n: Int
}
