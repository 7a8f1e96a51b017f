import Foundation
import Hummingbird
import NewsdeskCore

/// The Admin API's tokens at `/admin/tokens` (admins only): every token, making one (its secret shown on the
/// page once, right after), and revoking one.
struct TokensController: Sendable {
    let reader: SiteReader
    let store: any APITokenStore & AccountStore
    let theme: Theme

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get("tokens") { request, context in
            let editor = try AdminPage.admin(context)
            return try await self.page(
                editor: editor, typed: TokenForm(userID: editor.user.id), problems: [],
                notice: request.uri.queryParameters["notice"].map(String.init))
        }
        group.post("tokens") { request, context in try await self.make(request, context: context) }
        group.post("tokens/:id/revoke") { _, context in try await self.revoke(context: context) }
    }

    func make(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.admin(context)
        let form = TokenForm(try await SubmittedForm.read(request, context: context, limit: 16 * 1024))
        let users = try await store.users()
        var problems = form.problems()
        let user = users.first { $0.id != nil && $0.id == form.userID }
        if user == nil { problems.append("Choose the user the token acts as.") }
        if problems.isEmpty, let user, let userID = user.id, let scope = APIScope(rawValue: form.scope) {
            let secret = APITokenSecret.random()
            do {
                let token = try await store.createAPIToken(
                    name: form.name, scope: scope, userID: userID, secretHash: APITokenSecret.hash(secret), at: Date())
                let made = TokensView.Made(name: token.name, scope: scope.rawValue, user: user.email, secret: secret)
                return try await page(
                    editor: editor, typed: TokenForm(userID: editor.user.id), problems: [],
                    notice: "Made the token “\(token.name)”. Copy it now: it is shown only this once.", made: made)
            } catch let error as APITokenStoreError {
                problems.append(error.description)
            }
        }
        return try await page(editor: editor, typed: form, problems: problems, status: .unprocessableContent)
    }

    func revoke(context: NewsdeskRequestContext) async throws -> Response {
        _ = try AdminPage.admin(context)
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        guard let token = try await store.revokeAPIToken(id: id, at: Date()) else {
            throw HTTPError(.notFound, message: "There is no API token \(id).")
        }
        return AdminPage.redirect(
            to: "/admin/tokens", notice: "Revoked the token “\(token.name)”: programs using it are refused from now on."
        )
    }

    func page(
        editor: SignedInEditor, typed: TokenForm, problems: [String], notice: String? = nil,
        made: TokensView.Made? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let blog = try await reader.blog()
        let view = TokensView(
            chrome: AdminChrome(
                blog: blog, title: "API tokens", editor: editor, section: "/admin/tokens", notice: notice),
            tokens: try await store.apiTokens(), users: try await store.users(), typed: typed, problems: problems,
            made: made, dates: DateFormatting(timeZone: blog.timeZone), baseURL: reader.baseURL(for: blog))
        return AdminPage.response(try theme.renderAdmin(view, template: "tokens"), status: status)
    }
}
