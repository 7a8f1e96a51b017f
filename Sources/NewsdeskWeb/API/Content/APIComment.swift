import Foundation
import NewsdeskCore

/// A published comment: its place in the thread (`parent`, `depth`), who wrote it, and its body as the one
/// comment sanitiser cleans it for the post page.
struct APIComment: Codable, Sendable, Equatable {
    /// The name shown (`Anonymous`, `Anonymous 2`, … for commenters who gave none) and their web address.
    struct Author: Codable, Sendable, Equatable {
        var name: String
        var url: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(url, forKey: .url)
        }
    }

    var id: Int64
    /// The comment this one answers as the post page nests it; `null` at the top level.
    var parent: Int64?
    /// 1 at the top level, at most ``CommentThread/maximumDepth``.
    var depth: Int
    var author: Author
    /// Whether the blog's editor wrote it.
    var byEditor: Bool
    var html: String
    var createdAt: Date

    /// `node` of a thread, under `parent`.
    init(_ node: CommentThread.Node, parent: Int64?) {
        let comment = node.comment
        id = comment.id
        self.parent = parent
        depth = node.depth
        author = Author(name: node.displayName, of: comment)
        byEditor = comment.isEditor
        html = CommentSanitizer.sanitize(comment.body)
        createdAt = comment.createdAt
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(parent, forKey: .parent)
        try container.encode(depth, forKey: .depth)
        try container.encode(author, forKey: .author)
        try container.encode(byEditor, forKey: .byEditor)
        try container.encode(html, forKey: .html)
        try container.encode(createdAt, forKey: .createdAt)
    }
}

extension APIComment.Author {
    /// `name` for the writer of `comment`, with their web address only when it is safe to show as a link.
    init(name: String, of comment: Comment) {
        self.init(name: name, url: comment.authorURL.flatMap { CommentValidation.isSafeWebAddress($0) ? $0 : nil })
    }
}

/// A post's published comments in reading order: each top-level comment, oldest first, followed by its
/// replies, as the post page shows them.
struct APICommentList: Codable, Sendable, Equatable {
    var postID: Int64
    var comments: [APIComment]

    /// The comments of `thread` in reading order.
    init(postID: Int64, thread: CommentThread) {
        self.postID = postID
        var comments: [APIComment] = []
        func visit(_ node: CommentThread.Node, parent: Int64?) {
            comments.append(APIComment(node, parent: parent))
            for reply in node.replies { visit(reply, parent: node.comment.id) }
        }
        for root in thread.roots { visit(root, parent: nil) }
        self.comments = comments
    }
}
