import Foundation
import NewsdeskCore
import SQLKit

extension ArchiveWriter {
    /// Adds the comments not stored yet, parents before their replies.
    func storeComments(
        _ comments: [ArchivedComment], postIDs: [Int64: Int64], done: Int, total: Int,
        into result: inout ArchiveImportResult
    ) async throws {
        let base = try await highestID("comments")
        let known = try await storedSourceKeys("comments")
        let storedPosts = try await postsOutsideArchive(comments, postIDs: postIDs)
        var ids: [Int64: Int64] = [:]
        for comment in comments {
            if let key = comment.sourceKey, let stored = known[key] {
                ids[comment.id] = stored
            } else {
                ids[comment.id] = base + comment.id
            }
        }
        var fresh: [ArchivedComment] = []
        for comment in Self.parentsFirst(comments) {
            if let key = comment.sourceKey, known[key] != nil {
                result.commentsAlreadyThere += 1
                continue
            }
            guard let post = postIDs[comment.post] ?? storedPosts.contains(comment.post).then(comment.post) else {
                throw ArchiveImportError.unknownPost(comment: comment.id, post: comment.post)
            }
            var stored = comment
            stored.id = base + comment.id
            stored.post = post
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

    /// Comments ordered so that each comes after the one it replies to (a foreign key asks for it); a parent
    /// missing from the archive, or a loop, makes the comment a top-level one.
    static func parentsFirst(_ comments: [ArchivedComment]) -> [ArchivedComment] {
        let byID = Dictionary(comments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var depth: [Int64: Int] = [:]
        func depthOf(_ comment: ArchivedComment) -> Int {
            if let known = depth[comment.id] { return known }
            var chain: [Int64] = [comment.id]
            var current = comment
            while let parentID = current.parent, let parent = byID[parentID], !chain.contains(parentID) {
                if let known = depth[parentID] {
                    for (offset, id) in chain.reversed().enumerated() { depth[id] = known + offset + 1 }
                    return depth[comment.id] ?? 0
                }
                chain.append(parentID)
                current = parent
            }
            for (offset, id) in chain.reversed().enumerated() { depth[id] = offset }
            return depth[comment.id] ?? 0
        }
        return comments.map { (depthOf($0), $0) }
            .sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }
            .map { depth, comment in
                var comment = comment
                if depth == 0 { comment.parent = nil }
                return comment
            }
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

extension Bool {
    /// `value` when true, else nil.
    fileprivate func then<T>(_ value: T) -> T? { self ? value : nil }
}
