/// One page of posts with the addresses of the pages around it (`null` at either end): the Content API's
/// published posts, newest first, or the Admin API's posts in any state, most recently changed first.
struct APIPostPage<Item: Encodable & Sendable>: Encodable, Sendable {
    var posts: [Item]
    var page: Int
    var limit: Int
    var next: String?
    var previous: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(posts, forKey: .posts)
        try container.encode(page, forKey: .page)
        try container.encode(limit, forKey: .limit)
        try container.encode(next, forKey: .next)
        try container.encode(previous, forKey: .previous)
    }

    enum CodingKeys: String, CodingKey {
        case posts, page, limit, next, previous
    }
}

extension APIPostPage: Decodable where Item: Decodable {}
extension APIPostPage: Equatable where Item: Equatable {}

/// A page of the Content API's published posts.
typealias APIPostList = APIPostPage<APIPost>

/// Every published page (About, Contact), by title: few enough for one answer.
struct APIPageList: Codable, Sendable, Equatable {
    var pages: [APIPost]
}
