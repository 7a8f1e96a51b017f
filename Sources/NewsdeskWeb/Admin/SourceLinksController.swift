import Foundation
import Hummingbird
import NewsdeskCore

/// The admin's Sources page at `/admin/sources`: clipped stories that are gone or moved, the posts citing
/// each, and what to do about each address; `/admin/sources/:id` shows one address's checks.
///
/// Admins and authors alike may open it, as they may the comment queue; an author may act on an address only
/// when every post citing it is theirs, since accepting a move or replacing an address rewrites those posts.
struct SourceLinksController: Sendable {
    let reader: SiteReader
    let store: any SourceLinkStore & PostStore
    let theme: Theme

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get("sources") { request, context in try await self.list(request, context: context) }
        group.get("sources/:id") { request, context in try await self.detail(request, context: context) }
        group.post("sources/:id") { request, context in try await self.act(request, context: context) }
    }

    func list(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        let blog = try await reader.blog()
        let view = SourcesAdminView(
            chrome: chrome(blog: blog, editor: editor, request: request, title: "Sources"),
            reports: try await store.sourceReports(onlyProblems: true, limit: 500), archive: blog.sourceArchive,
            dates: DateFormatting(timeZone: blog.timeZone))
        return AdminPage.response(try theme.renderAdmin(view, template: "sources"))
    }

    func detail(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        let blog = try await reader.blog()
        let report = try await self.report(context)
        let dates = DateFormatting(timeZone: blog.timeZone)
        let view = SourceDetailView(
            chrome: chrome(blog: blog, editor: editor, request: request, title: "Source"),
            source: SourceRow(report, archive: blog.sourceArchive, dates: dates),
            checks: try await store.sourceChecks(linkID: report.link.id, limit: 200), dates: dates)
        return AdminPage.response(try theme.renderAdmin(view, template: "source"))
    }

    func act(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.editor(context)
        let report = try await self.report(context)
        let form = try await SubmittedForm.read(request, context: context, limit: 64 * 1024)
        let back = form["from"] == "detail" ? "/admin/sources/\(report.link.id)" : "/admin/sources"
        guard let action = form["action"].flatMap(SourceAction.init(rawValue:)) else {
            throw HTTPError(.badRequest, message: "Unknown action.")
        }
        try await checkMayChange(report, editor: editor)
        let address = (form["address"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        switch try await action.perform(on: report.link, address: address, in: store) {
        case .success(let notice): return AdminPage.redirect(to: back, notice: notice)
        case .failure(let problem): return AdminPage.redirect(to: back, notice: "Not done: \(problem.message)")
        }
    }

    /// The address named in the path, with its posts; 404 when there is none.
    func report(_ context: NewsdeskRequestContext) async throws -> SourceReport {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        guard let report = try await store.sourceReport(linkID: id) else {
            throw HTTPError(.notFound, message: "There is no checked address \(id).")
        }
        return report
    }

    /// Refuses an author an address cited by someone else's post.
    func checkMayChange(_ report: SourceReport, editor: SignedInEditor) async throws {
        guard editor.user.role != .admin else { return }
        for citing in report.posts {
            guard let post = try await store.post(id: citing.id), editor.user.mayEdit(post) else {
                throw HTTPError(
                    .forbidden,
                    message: "Only an admin can change an address that other authors' posts cite.")
            }
        }
    }

    func chrome(blog: Blog, editor: SignedInEditor, request: Request, title: String) -> AdminChrome {
        AdminChrome(
            blog: blog, title: title, editor: editor, section: "/admin/sources",
            notice: request.uri.queryParameters["notice"].map(String.init))
    }
}
