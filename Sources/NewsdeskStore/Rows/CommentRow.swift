import Foundation
import NewsdeskCore
import SQLKit

/// A `comments` row.
struct CommentRow {
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

    /// Reads a row of ``columns`` column by column: a long post page reads thousands, and through `Decodable`
    /// SQLKit's keyed containers were a seventh of the server's time while comments were posted (bench/comments).
    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: Int64.self)
        postId = try row.decode(column: "post_id", as: Int64.self)
        parentId = try row.optional("parent_id", Int64.self)
        authorName = try row.decode(column: "author_name", as: String.self)
        authorUrl = try row.optional("author_url", String.self)
        isEditor = try row.decode(column: "is_editor", as: Bool.self)
        anonymousKey = try row.optional("anonymous_key", String.self)
        clientAddress = try row.optional("client_address", String.self)
        body = try row.decode(column: "body", as: String.self)
        createdAtMs = try row.decode(column: "created_at_ms", as: Int64.self)
        status = try row.decode(column: "status", as: String.self)
        legacyAnchor = try row.optional("legacy_anchor", String.self)
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
