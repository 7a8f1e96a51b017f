import Hummingbird
import NewsdeskCore

/// The admin's list of posts at `/admin/posts`, by state, newest change first; authors see their own.
struct PostListController: Sendable {
    let reader: SiteReader
    let editorial: any EditorialStore
    let theme: Theme
    static let pageSize = 50

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get("posts") { request, context in try await self.list(request, context: context) }
    }

    func list(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        let blog = try await reader.blog()
        let status = request.uri.queryParameters["status"].flatMap { PostStatus(rawValue: String($0)) }
        let page = try PageNumber.of(request)
        let scope = editor.postScope
        async let posts = editorial.editorialPosts(
            EditorialFilter(status: status, authorID: scope), offset: (page - 1) * Self.pageSize,
            limit: Self.pageSize + 1)
        async let counts = editorial.editorialCounts(authorID: scope)
        let found = try await posts
        let view = PostListView(
            chrome: AdminChrome(
                blog: blog, title: "Posts", editor: editor, section: "/admin/posts",
                notice: request.uri.queryParameters["notice"].map(String.init)),
            status: status, counts: try await counts, posts: Array(found.prefix(Self.pageSize)),
            timeZone: blog.timeZone, page: page, hasMore: found.count > Self.pageSize)
        return AdminPage.response(try theme.renderAdmin(view, template: "posts"))
    }
}
