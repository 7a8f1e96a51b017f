import Hummingbird
import NewsdeskCore

/// The admin's front page: what waits for the editor (drafts, scheduled posts, held comments) and what
/// readers said lately.
struct DashboardController: Sendable {
    let site: SiteContext

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get { request, context in try await self.dashboard(request, context: context) }
    }

    func dashboard(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        let blog = try await site.blog()
        let authorID = editor.postScope
        async let counts = site.store.editorialCounts(authorID: authorID)
        async let drafts = site.store.editorialPosts(
            EditorialFilter(status: .draft, authorID: authorID), offset: 0, limit: 5)
        async let scheduled = site.store.editorialPosts(
            EditorialFilter(status: .scheduled, authorID: authorID), offset: 0, limit: 5)
        async let pending = site.store.queue(statuses: [.pending], limit: 1000, postAuthorID: authorID)
        async let recent = site.store.queue(statuses: [.published, .pending], limit: 8, postAuthorID: authorID)
        let view = DashboardView(
            chrome: AdminChrome(
                blog: blog, title: "Dashboard", editor: editor, section: "/admin",
                notice: request.uri.queryParameters["notice"].map(String.init)),
            counts: try await counts, pendingCount: try await pending.count,
            drafts: try await drafts, scheduled: try await scheduled, recent: try await recent, timeZone: blog.timeZone,
            origin: site.baseURL(for: blog))
        return AdminPage.response(try site.theme.renderAdmin(view, template: "dashboard"))
    }
}
