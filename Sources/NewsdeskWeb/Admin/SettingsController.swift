import Foundation
import Hummingbird
import NewsdeskCore

/// The blog's settings at `/admin/settings` (admins only): title, description, time zone, commentary heading,
/// the comment policy and the spam rules.
struct SettingsController: Sendable {
    let reader: SiteReader
    let blogs: any BlogStore
    let theme: Theme
    /// Whether a webhook may point at a private address (`--allow-private-outgoing`).
    let allowPrivateOutgoing: Bool

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get("settings") { request, context in
            let editor = try AdminPage.admin(context)
            return try await self.page(
                editor: editor, form: SettingsForm(try await reader.blog()), problems: [],
                notice: request.uri.queryParameters["notice"].map(String.init))
        }
        group.post("settings") { request, context in try await self.save(request, context: context) }
    }

    func save(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.admin(context)
        let form = SettingsForm(try await SubmittedForm.read(request, context: context, limit: 256 * 1024))
        var blog = try await reader.blog()
        var problems = form.apply(to: &blog)
        if problems.isEmpty, let webhook = blog.comments.webhookURL,
            let problem = await WebhookAddress.problem(
                with: webhook, allowPrivateAddresses: allowPrivateOutgoing)
        {
            problems.append(problem)
        }
        guard problems.isEmpty else {
            return try await page(editor: editor, form: form, problems: problems, status: .unprocessableContent)
        }
        try await blogs.saveBlog(blog)
        return AdminPage.redirect(to: "/admin/settings", notice: "Settings saved.")
    }

    func page(
        editor: SignedInEditor, form: SettingsForm, problems: [String], notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let blog = try await reader.blog()
        let view = SettingsView(
            chrome: AdminChrome(
                blog: blog, title: "Settings", editor: editor, section: "/admin/settings", notice: notice),
            form: form, problems: problems)
        return AdminPage.response(try theme.renderAdmin(view, template: "settings"), status: status)
    }
}

/// What the settings page shows.
struct SettingsView: Sendable {
    let chrome: AdminChrome
    let form: SettingsForm
    let problems: [String]
    let hasProblems: Bool
    let policies: [AdminChoice]

    init(chrome: AdminChrome, form: SettingsForm, problems: [String]) {
        self.chrome = chrome
        self.form = form
        self.problems = problems
        hasProblems = !problems.isEmpty
        policies = [
            (ModerationPolicy.publishImmediately, "Publish at once"),
            (.holdLinksOrFirstTime, "Hold comments with links and from first-time commenters"),
            (.holdAll, "Hold every comment"),
        ].map { AdminChoice(value: $0.0.rawValue, title: $0.1, selected: form.moderation == $0.0.rawValue) }
    }
}
