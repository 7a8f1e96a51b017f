import Foundation
import NewsdeskCore

/// A `comments` row.
struct CommentRow: Decodable {
    let id: Int64
    let postId: Int64
    let parentId: Int64?
    let authorName: String
    let authorUrl: String?
    let isEditor: Bool
    let anonymousKey: String?
    let clientAddress: String?
    let body: String
    let createdAtMs: Int64
    let status: String

    static let columns = """
        id, post_id, parent_id, author_name, author_url, is_editor, anonymous_key, client_address, body, \
        created_at_ms, status
        """

    var comment: Comment {
        Comment(
            id: id,
            postID: postId,
            parentID: parentId,
            authorName: authorName,
            authorURL: authorUrl,
            isEditor: isEditor,
            anonymousKey: anonymousKey,
            clientAddress: clientAddress,
            body: body,
            createdAt: Date(millisecondsSince1970: createdAtMs),
            status: CommentStatus(rawValue: status) ?? .pending
        )
    }
}
