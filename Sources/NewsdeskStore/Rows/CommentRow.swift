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
    let legacyAnchor: String?

    // NB: spelled out rather than `.convertFromSnakeCase`, which converted every key of every row anew and
    // was a fifth of a long post page's rendering time (bench/comments).
    enum CodingKeys: String, CodingKey {
        case id, body, status
        case postId = "post_id"
        case parentId = "parent_id"
        case authorName = "author_name"
        case authorUrl = "author_url"
        case isEditor = "is_editor"
        case anonymousKey = "anonymous_key"
        case clientAddress = "client_address"
        case createdAtMs = "created_at_ms"
        case legacyAnchor = "legacy_anchor"
    }

    static let columns = """
        id, post_id, parent_id, author_name, author_url, is_editor, anonymous_key, client_address, body, \
        created_at_ms, status, legacy_anchor
        """

    /// ``columns`` of a comment table aliased `c`, for joins.
    static let columnsOfC = columns.split(separator: ",")
        .map { "c." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        .joined(separator: ", ")

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
            status: CommentStatus(rawValue: status) ?? .pending,
            legacyAnchor: legacyAnchor
        )
    }
}
