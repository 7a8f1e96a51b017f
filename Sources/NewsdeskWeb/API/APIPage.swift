/// One page of a paged list with the addresses of the pages around it (`null` at either end), as every paged
/// answer of both APIs has it: the Content API's published posts, the Admin API's posts in any state, the
/// moderation queue's comments. The items are under the key `Kind` names.
struct APIPage<Kind: APIPageKind, Item: Encodable & Sendable>: Encodable, Sendable {
    var items: [Item]
    var page: Int
    var limit: Int
    var next: String?
    var previous: String?

    /// Every key written, `null` included, as the document's schemas require.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: APIPageKey.self)
        try container.encode(items, forKey: APIPageKey(Kind.itemsKey))
        try container.encode(page, forKey: APIPageKey("page"))
        try container.encode(limit, forKey: APIPageKey("limit"))
        try container.encode(next, forKey: APIPageKey("next"))
        try container.encode(previous, forKey: APIPageKey("previous"))
    }
}

extension APIPage: Decodable where Item: Decodable {
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: APIPageKey.self)
        items = try container.decode([Item].self, forKey: APIPageKey(Kind.itemsKey))
        page = try container.decode(Int.self, forKey: APIPageKey("page"))
        limit = try container.decode(Int.self, forKey: APIPageKey("limit"))
        next = try container.decodeIfPresent(String.self, forKey: APIPageKey("next"))
        previous = try container.decodeIfPresent(String.self, forKey: APIPageKey("previous"))
    }
}

extension APIPage: Equatable where Item: Equatable {}

extension APIPage where Kind == PostsPage {
    /// A page of `posts`.
    init(posts: [Item], page: Int, limit: Int, next: String?, previous: String?) {
        self.init(items: posts, page: page, limit: limit, next: next, previous: previous)
    }

    /// The page's posts.
    var posts: [Item] { items }
}

/// What a page holds, named by the key its items are under.
protocol APIPageKind: Sendable {
    /// `posts`, `comments`.
    static var itemsKey: String { get }
}

/// A page of posts.
enum PostsPage: APIPageKind {
    static let itemsKey = "posts"
}

/// A page's keys, one of them named by its kind.
struct APIPageKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) {
        stringValue = name
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        nil
    }
}
