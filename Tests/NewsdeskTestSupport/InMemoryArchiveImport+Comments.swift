import Foundation
import NewsdeskCore

extension InMemoryArchiveImport {
    /// Adds the comments not stored yet, parents before their replies; returns the stored id of each added one by
    /// its archive id.
    mutating func storeComments(_ comments: [ArchivedComment], postIDs: [Int64: Int64], done: Int, total: Int)
        throws -> [Int64: Int64]
    {
        let known = Dictionary(
            state.comments.values.compactMap { stored in stored.sourceKey.map { ($0, stored.comment.id) } },
            uniquingKeysWith: { first, _ in first })
        let plan = try ArchiveImportPlan.comments(
            comments, postIDs: postIDs, base: state.comments.keys.max() ?? 0, storedIDs: known,
            isStoredPost: { state.posts[$0] != nil })
        result.commentsAlreadyThere += plan.alreadyThere
        for (index, comment) in plan.fresh.enumerated() {
            try state.insert(InMemoryComment(comment))
            if (index + 1) % Self.batchSize == 0 || index + 1 == plan.fresh.count {
                progress.append((done + index + 1 + result.commentsAlreadyThere, total))
            }
        }
        result.commentsAdded = plan.fresh.count
        return plan.addedIDs
    }
}
