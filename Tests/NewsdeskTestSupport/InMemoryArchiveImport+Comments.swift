import Foundation
import NewsdeskCore

extension InMemoryArchiveImport {
    /// Adds the comments not stored yet, parents before their replies; returns the stored id of each added one by
    /// its archive id.
    mutating func storeComments(_ comments: [ArchivedComment], postIDs: [Int64: Int64], done: Int, total: Int)
        throws -> [Int64: Int64]
    {
        let base = state.comments.keys.max() ?? 0
        let known = Dictionary(
            state.comments.values.compactMap { stored in stored.sourceKey.map { ($0, stored.comment.id) } },
            uniquingKeysWith: { first, _ in first })
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
            } else if state.posts[comment.post] == nil {
                throw ArchiveImportError.unknownPost(comment: comment.id, post: comment.post)
            }
            stored.id = base + comment.id
            stored.parent = comment.parent.flatMap { ids[$0] }
            fresh.append(stored)
        }
        for (index, comment) in fresh.enumerated() {
            try state.insert(InMemoryComment(comment))
            if (index + 1) % Self.batchSize == 0 || index + 1 == fresh.count {
                progress.append((done + index + 1 + result.commentsAlreadyThere, total))
            }
        }
        result.commentsAdded = fresh.count
        return Dictionary(uniqueKeysWithValues: fresh.map { ($0.id - base, $0.id) })
    }

    /// Comments ordered so that each comes after the one it replies to: top-level comments, then their replies,
    /// level by level. A parent missing from the archive, or a loop of replies, makes a comment top-level (as
    /// `ArchiveWriter.parentsFirst`, internal to NewsdeskStore, orders them).
    static func parentsFirst(_ comments: [ArchivedComment]) -> [ArchivedComment] {
        let ids = Set(comments.map(\.id))
        var replies: [Int64: [ArchivedComment]] = [:]
        var ordered: [ArchivedComment] = []
        for comment in comments {
            if let parent = comment.parent, ids.contains(parent) {
                replies[parent, default: []].append(comment)
            } else {
                ordered.append(topLevel(comment))
            }
        }
        var next = 0
        while next < ordered.count {
            ordered += replies.removeValue(forKey: ordered[next].id) ?? []
            next += 1
        }
        return ordered + replies.values.joined().sorted { $0.id < $1.id }.map(topLevel)
    }

    /// The same comment, replying to nobody.
    private static func topLevel(_ comment: ArchivedComment) -> ArchivedComment {
        var comment = comment
        comment.parent = nil
        return comment
    }
}
