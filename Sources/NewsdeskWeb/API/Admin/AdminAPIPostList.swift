/// A page of the Admin API's posts, most recently changed first, with the addresses of the pages around it.
struct AdminAPIPostList: Encodable, Sendable {
    let posts: [AdminAPIPost]
    let page: Int
    let limit: Int
    /// The next page's address, or `null` on the last page.
    let next: String?
    /// The previous page's address, or `null` on the first.
    let previous: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(posts, forKey: .posts)
        try container.encode(page, forKey: .page)
        try container.encode(limit, forKey: .limit)
        try container.encode(next, forKey: .next)
        try container.encode(previous, forKey: .previous)
    }

    private enum CodingKeys: String, CodingKey {
        case posts, page, limit, next, previous
    }
}
