import Foundation
import NewsdeskCore

/// A `comments` row: the comment readers get, with the columns only moderation and exports read.
struct InMemoryComment: Sendable {
    var comment: Comment
    /// Why screening held it, shown in the moderation queue.
    var heldReason: String?
    /// The commenter's address, which only an import brings (and only an export gives back).
    var authorEmail: String?
    /// Where an imported comment came from.
    var sourceKey: String?

    /// A comment just posted, with the id it gets.
    init(_ new: NewComment, id: Int64, heldReason: String?) {
        comment = Comment(
            id: id, postID: new.postID, parentID: new.parentID, authorName: new.authorName, authorURL: new.authorURL,
            isEditor: new.isEditor, anonymousKey: new.anonymousKey, clientAddress: new.clientAddress, body: new.body,
            createdAt: new.createdAt.storedPrecision, status: new.status)
        self.heldReason = heldReason
    }

    /// A comment from an archive, its ids already those it is stored under.
    init(_ archived: ArchivedComment) {
        comment = Comment(
            id: archived.id, postID: archived.post, parentID: archived.parent, authorName: archived.authorName,
            authorURL: archived.authorURL, isEditor: archived.isEditor, anonymousKey: archived.anonymousKey,
            clientAddress: archived.clientAddress, body: archived.body, createdAt: archived.createdAt.storedPrecision,
            status: archived.status, legacyAnchor: archived.legacyAnchor)
        heldReason = archived.heldReason
        authorEmail = archived.authorEmail
        sourceKey = archived.sourceKey
    }

    /// The comment as an archive carries it.
    var archived: ArchivedComment {
        ArchivedComment(
            id: comment.id, post: comment.postID, parent: comment.parentID, authorName: comment.authorName,
            authorURL: comment.authorURL, authorEmail: authorEmail, isEditor: comment.isEditor,
            anonymousKey: comment.anonymousKey, clientAddress: comment.clientAddress, body: comment.body,
            createdAt: comment.createdAt, status: comment.status, heldReason: heldReason,
            legacyAnchor: comment.legacyAnchor, sourceKey: sourceKey)
    }
}
