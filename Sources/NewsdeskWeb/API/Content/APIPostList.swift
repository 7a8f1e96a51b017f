/// One page of posts: the Content API's published posts, newest first, or the Admin API's posts in any state.
typealias APIPostPage<Item: Encodable & Sendable> = APIPage<PostsPage, Item>

/// A page of the Content API's published posts.
typealias APIPostList = APIPostPage<APIPost>

/// Every published page (About, Contact), by title: few enough for one answer.
struct APIPageList: Codable, Sendable, Equatable {
    var pages: [APIPost]
}
