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
        let base = try await highestID("comments")
        let known = try await storedSourceKeys("comments")
        let storedPosts = try await postsOutsideArchive(comments, postIDs: postIDs)
        // Stored ids by archive id: already stored ones keep theirs, so new replies can point at them.
        let ids = Dictionary(
            comments.map { ($0.id, $0.sourceKey.flatMap { known[$0] } ?? base + $0.id) },
            uniquingKeysWith: { first, _ in first })
        var fresh: [ArchivedComment] = []
        for comment in Self.parentsFirst(comments) {
            if let key = comment.sourceKey, known[key] != nil {
                result.commentsAlreadyThere += 1
                continue
            }
            var stored = comment
            if let post = postIDs[comment.post] {
                stored.post = post
            } else if !storedPosts.contains(comment.post) {
                throw ArchiveImportError.unknownPost(comment: comment.id, post: comment.post)
            }
            stored.id = base + comment.id
            stored.parent = comment.parent.flatMap { ids[$0] }
            fresh.append(stored)
        }
        var inserted = 0
        for batch in fresh.chunked(into: Self.batchSize) {
            try await insertComments(batch)
            inserted += batch.count
            progress(done + inserted + result.commentsAlreadyThere, total)
        }
        result.commentsAdded = fresh.count
        return Dictionary(uniqueKeysWithValues: fresh.map { ($0.id - base, $0.id) })
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

    /// Comments ordered so that each comes after the one it replies to (a foreign key asks for it, and
    /// exports list replies before their parents too): top-level comments, then their replies, level by
    /// level. A parent missing from the archive, or a loop of replies, makes a comment top-level.
    static func parentsFirst(_ comments: [ArchivedComment]) -> [ArchivedComment] {
        let ids = Set(comments.map(\.id))
        var replies: [Int64: [ArchivedComment]] = [:]
        var ordered: [ArchivedComment] = []
        for comment in comments {
            if let parent = comment.parent, ids.contains(parent) {
                replies[parent, default: []].append(comment)
            } else {
                ordered.append(comment.asTopLevel)
            }
        }
        var next = 0
        while next < ordered.count {
            ordered += replies.removeValue(forKey: ordered[next].id) ?? []
            next += 1
        }
        return ordered + replies.values.joined().sorted { $0.id < $1.id }.map(\.asTopLevel)
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

extension ArchivedComment {
    /// The same comment, replying to nobody.
    fileprivate var asTopLevel: ArchivedComment {
        var comment = self
        comment.parent = nil
        return comment
    }
}
