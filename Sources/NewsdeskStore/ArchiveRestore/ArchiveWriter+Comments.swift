import Foundation
import NewsdeskCore
import SQLKit

extension ArchiveWriter {
    /// Adds the comments not stored yet, parents before their replies; returns the stored id of each added
    /// one by its archive id.
    func storeComments(
        _ comments: [ArchivedComment], postIDs: [Int64: Int64], done: Int, total: Int,
        into result: inout ArchiveImportResult
    ) async throws -> [Int64: Int64] {
        let storedPosts = try await postsOutsideArchive(comments, postIDs: postIDs)
        let plan = try ArchiveImportPlan.comments(
            comments, postIDs: postIDs, base: try await highestID("comments"),
            storedIDs: try await storedSourceKeys("comments"), isStoredPost: storedPosts.contains)
        result.commentsAlreadyThere += plan.alreadyThere
        let fresh = plan.fresh
        var inserted = 0
        for batch in fresh.chunked(into: Self.batchSize) {
            try await insertComments(batch)
            inserted += batch.count
            progress(done + inserted + result.commentsAlreadyThere, total)
        }
        result.commentsAdded = fresh.count
        return plan.addedIDs
    }

    /// Adds the moderation log of the comments just added (a comment imported before keeps the log it got then).
    func storeModeration(_ records: [ModerationRecord], commentIDs: [Int64: Int64]) async throws {
        let kept = records.compactMap { record in commentIDs[record.commentID].map { (record, $0) } }
        for batch in kept.chunked(into: Self.batchSize) {
            let insert = database.insert(into: "comment_moderation_log")
                .columns("comment_id", "action", "from_status", "to_status", "actor", "at_ms")
            for (record, id) in batch {
                insert.values(
                    SQLBind(id), SQLBind(record.action.rawValue), SQLBind(record.from.rawValue),
                    SQLBind(record.to.rawValue), SQLBind(record.actor), SQLBind(record.at.millisecondsSince1970))
            }
            try await insert.run()
        }
    }

    /// The posts named by comments that are not the archive's own: they must already be stored.
    private func postsOutsideArchive(_ comments: [ArchivedComment], postIDs: [Int64: Int64]) async throws -> Set<Int64>
    {
        let outside = Set(comments.map(\.post).filter { postIDs[$0] == nil })
        guard !outside.isEmpty else { return [] }
        let found = try await database.select().column("id").from("posts").where("id", .in, Array(outside))
            .all(decodingColumn: "id", as: Int64.self)
        return Set(found)
    }

    private func insertComments(_ batch: ArraySlice<ArchivedComment>) async throws {
        guard !batch.isEmpty else { return }
        let insert = database.insert(into: "comments").columns(
            "id", "post_id", "parent_id", "author_name", "author_url", "author_email", "is_editor", "anonymous_key",
            "client_address", "body", "created_at_ms", "status", "held_reason", "legacy_anchor", "source_key"
        )
        for comment in batch {
            insert.values(
                SQLBind(comment.id), SQLBind(comment.post), SQLBind(comment.parent), SQLBind(comment.authorName),
                SQLBind(comment.authorURL), SQLBind(comment.authorEmail), SQLBind(comment.isEditor),
                SQLBind(comment.anonymousKey), SQLBind(comment.clientAddress), SQLBind(comment.body),
                SQLBind(comment.createdAt.millisecondsSince1970), SQLBind(comment.status.rawValue),
                SQLBind(comment.heldReason), SQLBind(comment.legacyAnchor), SQLBind(comment.sourceKey)
            )
        }
        try await insert.run()
    }
}
