import Foundation
import NewsdeskCore

/// A post in any state as the Admin API gives it: the Content API's ``APIPost`` fields, plus its `status` and
/// `slug`. A draft's `publishedAt` is the time it was last given, else its last change.
struct AdminAPIPost: Encodable, Sendable {
    let post: APIPost
    /// `draft`, `scheduled`, `published` or `trashed`.
    let status: String
    /// The last part of the permalink, without `.html`.
    let slug: String

    private enum CodingKeys: String, CodingKey {
        case status, slug
    }

    init(_ post: Post, blog: Blog, baseURL: String, commentCount: Int, rendering: any MarkdownRendering) {
        self.post = APIPost(post, blog: blog, baseURL: baseURL, commentCount: commentCount, rendering: rendering)
        status = post.status.rawValue
        slug = post.slug
    }

    func encode(to encoder: any Encoder) throws {
        // One object: the Content API's fields and these two side by side.
        try post.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(slug, forKey: .slug)
    }
}

/// A page of the Admin API's posts, most recently changed first.
typealias AdminAPIPostList = APIPostPage<AdminAPIPost>
