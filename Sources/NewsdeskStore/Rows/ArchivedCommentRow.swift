import Foundation
import NewsdeskCore
import SQLKit

/// A `comments` row with the columns only exports need.
struct ArchivedCommentRow {
    let row: CommentRow
    let authorEmail: String?
    let heldReason: String?
    let sourceKey: String?

    init(row: any SQLRow) throws {
        self.row = try CommentRow(row: row)
        authorEmail = try row.optional("author_email", String.self)
        heldReason = try row.optional("held_reason", String.self)
        sourceKey = try row.optional("source_key", String.self)
    }

    var archived: ArchivedComment {
        let comment = row.comment
        return ArchivedComment(
            id: comment.id, post: comment.postID, parent: comment.parentID, authorName: comment.authorName,
            authorURL: comment.authorURL, authorEmail: authorEmail, isEditor: comment.isEditor,
            anonymousKey: comment.anonymousKey, clientAddress: comment.clientAddress, body: comment.body,
            createdAt: comment.createdAt, status: comment.status, heldReason: heldReason,
            legacyAnchor: comment.legacyAnchor, sourceKey: sourceKey
        )
    }
}
