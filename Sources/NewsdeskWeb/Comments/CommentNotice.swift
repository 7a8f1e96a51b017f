import Foundation
import NewsdeskCore

/// The JSON a webhook receives for each new comment.
struct CommentNotice: Sendable, Encodable {
    struct PostInfo: Sendable, Encodable {
        let id: Int64
        let title: String
        let url: String
    }

    struct CommentInfo: Sendable, Encodable {
        let id: Int64
        let parentID: Int64?
        let author: String
        let authorURL: String?
        let isEditor: Bool
        let body: String
        let status: String
        let createdAt: String
        let url: String
    }

    let event = "comment.created"
    let blog: String
    let post: PostInfo
    let comment: CommentInfo

    init(comment: Comment, post: Post, blog: Blog, baseURL: String) {
        let postURL = baseURL + post.path
        self.blog = blog.title
        self.post = PostInfo(id: post.id ?? 0, title: post.title, url: postURL)
        self.comment = CommentInfo(
            id: comment.id, parentID: comment.parentID, author: comment.displayName, authorURL: comment.authorURL,
            isEditor: comment.isEditor, body: comment.body, status: comment.status.rawValue,
            createdAt: ISO8601DateFormatter().string(from: comment.createdAt), url: "\(postURL)#c\(comment.id)")
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}
