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
                .all().map(CommentRow.init(row:))
                .map(\.comment)
        }
    }

    public func comment(id: Int64) async throws -> Comment? {
        try await backend.read { database in
            try await database.select().columns(SQLRaw(CommentRow.columns)).from("comments").where("id", .equal, id)
                .first().map(CommentRow.init(row:))?.comment
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

    public func addComment(_ comment: NewComment, heldReason: String?, formNonce: String?) async throws -> Comment {
        try await commentWrites.submit(PendingComment(comment: comment, heldReason: heldReason, formNonce: formNonce))
            .comment
    }

    /// Records a form token's nonce; a second use finds it taken and fails the whole transaction.
    static func consume(formNonce: String, at date: Date, in database: any SQLDatabase) async throws {
        let inserted = try await database.raw(
            """
            INSERT INTO form_token_uses (nonce, used_at_ms) VALUES (\(bind: formNonce), \(bind: date.millisecondsSince1970))
            ON CONFLICT (nonce) DO NOTHING RETURNING nonce
            """
        ).first(decodingColumn: "nonce", as: String.self)
        guard inserted != nil else { throw CommentStoreError.formTokenReused }
        // Tokens expire after a day, so older nonces can go; doing it now and then keeps the table small.
        if Int.random(in: 0..<200) == 0 {
            let cutoff = date.addingTimeInterval(-3 * 86_400).millisecondsSince1970
            try await database.raw("DELETE FROM form_token_uses WHERE used_at_ms < \(bind: cutoff)").run()
        }
    }

    public func commentCount(fromAddress address: String, since: [Date]) async throws -> [Int] {
        try await backend.read { database in
            var counts: [Int] = []
            for date in since {
                let count = try await database.raw(
                    """
                    SELECT COUNT(*) AS n FROM comments
                    WHERE client_address = \(bind: address) AND created_at_ms >= \(bind: date.millisecondsSince1970)
                    """
                ).first(decodingColumn: "n", as: Int.self)
                counts.append(count ?? 0)
            }
            return counts
        }
    }

    public func hasComment(onPost postID: Int64, body: String, since: Date) async throws -> Bool {
        try await backend.read { database in
            try await database.raw(
                """
                SELECT id FROM comments WHERE post_id = \(bind: postID) AND body = \(bind: body)
                AND created_at_ms >= \(bind: since.millisecondsSince1970) AND status <> 'deleted' LIMIT 1
                """
            ).first() != nil
        }
    }

    public func hasPublishedComment(name: String, anonymousKey: String?) async throws -> Bool {
        try await backend.read { database in
            if !name.isEmpty {
                let byName = try await database.raw(
                    """
                    SELECT id FROM comments WHERE status = 'published' AND LOWER(author_name) = \(bind: name.lowercased())
                    LIMIT 1
                    """
                ).first()
                if byName != nil { return true }
            }
            guard let anonymousKey, name.isEmpty else { return false }
            return try await database.raw(
                "SELECT id FROM comments WHERE status = 'published' AND anonymous_key = \(bind: anonymousKey) LIMIT 1"
            ).first() != nil
        }
    }
}

/// A per-post count.
struct CountRow: Decodable {
    let postId: Int64
    let n: Int
}
