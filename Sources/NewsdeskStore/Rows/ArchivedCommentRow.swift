import Foundation
import NewsdeskCore

/// A `comments` row with the columns only exports need.
struct ArchivedCommentRow: Decodable {
    let row: CommentRow
    let authorEmail: String?
    let heldReason: String?
    let sourceKey: String?

    enum CodingKeys: String, CodingKey {
        case authorEmail = "author_email"
        case heldReason = "held_reason"
        case sourceKey = "source_key"
    }

    init(from decoder: any Decoder) throws {
        row = try CommentRow(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        authorEmail = try container.decodeIfPresent(String.self, forKey: .authorEmail)
        heldReason = try container.decodeIfPresent(String.self, forKey: .heldReason)
        sourceKey = try container.decodeIfPresent(String.self, forKey: .sourceKey)
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
