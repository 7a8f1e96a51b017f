/// One page of posts, newest first, with the addresses of the pages around it (`null` at either end).
struct APIPostList: Codable, Sendable, Equatable {
    var posts: [APIPost]
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
}

/// Every published page (About, Contact), by title: few enough for one answer.
struct APIPageList: Codable, Sendable, Equatable {
    var pages: [APIPost]
}
