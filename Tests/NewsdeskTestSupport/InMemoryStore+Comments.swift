import Foundation
import NewsdeskCore

extension InMemoryStore: CommentStore {
    public func comments(onPost postID: Int64, statuses: Set<CommentStatus>) async throws -> [Comment] {
        try read { state in
            state.comments.values.map(\.comment)
                .filter { $0.postID == postID && statuses.contains($0.status) }
                .sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        }
    }

    public func comment(id: Int64) async throws -> Comment? {
        try read { state in state.comments[id]?.comment }
    }

    public func publishedCommentCounts(postIDs: [Int64]) async throws -> [Int64: Int] {
        let wanted = Set(postIDs)
        return try read { state in
            var counts: [Int64: Int] = [:]
            for stored in state.comments.values
            where stored.comment.status == .published && wanted.contains(stored.comment.postID) {
                counts[stored.comment.postID, default: 0] += 1
            }
            return counts
        }
    }

    /// Stores the comment with the next id; a reused `formNonce` throws `CommentStoreError.formTokenReused`, and a
    /// missing post or parent throws as a foreign key would. Either way nothing is stored, the nonce included.
    public func addComment(_ comment: NewComment, heldReason: String?, formNonce: String?) async throws -> Comment {
        try write { state in
            if let formNonce {
                // Never forgotten, unlike the SQL table's days-old nonces: a test store does not live that long.
                guard state.formNonces.insert(formNonce).inserted else { throw CommentStoreError.formTokenReused }
            }
            let stored = InMemoryComment(comment, id: state.nextCommentID, heldReason: heldReason)
            try state.insert(stored)
            return (stored.comment, [.comments(postID: comment.postID)])
        }
    }

    public func commentCount(fromAddress address: String, since: [Date]) async throws -> [Int] {
        try read { state in
            let times = state.comments.values.filter { $0.comment.clientAddress == address }
                .map(\.comment.createdAt.millisecondsSince1970)
            return since.map { date in times.count { $0 >= date.millisecondsSince1970 } }
        }
    }

    public func hasComment(onPost postID: Int64, body: String, since: Date) async throws -> Bool {
        try read { state in
            state.comments.values.contains { stored in
                let comment = stored.comment
                return comment.postID == postID && comment.body == body && comment.status != .deleted
                    && comment.createdAt.millisecondsSince1970 >= since.millisecondsSince1970
            }
        }
    }

    public func hasPublishedComment(name: String, anonymousKey: String?) async throws -> Bool {
        try read { state in
            let published = state.comments.values.map(\.comment).filter { $0.status == .published }
            if !name.isEmpty, published.contains(where: { $0.authorName.lowercased() == name.lowercased() }) {
                return true
            }
            // The anonymous identity counts only for a comment without a name, as in the SQL store.
            guard let anonymousKey, name.isEmpty else { return false }
            return published.contains { $0.anonymousKey == anonymousKey }
        }
    }
}
