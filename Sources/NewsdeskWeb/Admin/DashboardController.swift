import Hummingbird
import NewsdeskCore

/// The admin's front page: what waits for the editor (drafts, scheduled posts, held comments, clipped stories
/// gone or moved) and what readers said lately.
struct DashboardController: Sendable {
    let reader: SiteReader
    let editorial: any EditorialStore
    let sources: any SourceLinkStore
    let theme: Theme

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get { request, context in try await self.dashboard(request, context: context) }
    }

    func dashboard(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        let blog = try await reader.blog()
        let authorID = editor.postScope
        async let counts = editorial.editorialCounts(authorID: authorID)
        async let drafts = editorial.editorialPosts(
            EditorialFilter(status: .draft, authorID: authorID), offset: 0, limit: 5)
        async let scheduled = editorial.editorialPosts(
            EditorialFilter(status: .scheduled, authorID: authorID), offset: 0, limit: 5)
        async let pending = editorial.queue(statuses: [.pending], limit: 1000, postAuthorID: authorID)
        async let recent = editorial.queue(statuses: [.published, .pending], limit: 8, postAuthorID: authorID)
        async let problemSources = sources.problemSourceCount()
        let view = DashboardView(
            chrome: AdminChrome(
                blog: blog, title: "Dashboard", editor: editor, section: "/admin",
                notice: request.uri.queryParameters["notice"].map(String.init)),
            counts: try await counts, pendingCount: try await pending.count,
            problemSourceCount: try await problemSources,
            drafts: try await drafts, scheduled: try await scheduled, recent: try await recent, timeZone: blog.timeZone,
            origin: reader.baseURL(for: blog))
        return AdminPage.response(try theme.renderAdmin(view, template: "dashboard"))
    }
}
