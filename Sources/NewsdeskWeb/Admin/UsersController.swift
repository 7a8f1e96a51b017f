import Foundation
import Hummingbird
import NewsdeskCore

/// The admin's users at `/admin/users` (admins only): who can sign in, and adding someone.
struct UsersController: Sendable {
    let reader: SiteReader
    let accounts: any AccountStore
    let theme: Theme

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get("users") { request, context in
            try await self.page(
                editor: try AdminPage.admin(context), typed: UserForm(), problems: [],
                notice: request.uri.queryParameters["notice"].map(String.init))
        }
        group.post("users") { request, context in try await self.add(request, context: context) }
    }

    func add(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let editor = try AdminPage.admin(context)
        let form = UserForm(try await SubmittedForm.read(request, context: context, limit: 16 * 1024))
        var problems = form.problems()
        if problems.isEmpty, let email = EmailAddress.normalized(form.email), let role = UserRole(rawValue: form.role) {
            let hash = try await PasswordHashing.hash(form.password)
            do {
                let user = try await accounts.addUser(
                    User(email: email, displayName: form.name, role: role), passwordHash: hash)
                return AdminPage.redirect(
                    to: "/admin/users", notice: "\(user.displayName) can now sign in as \(user.email).")
            } catch is AccountStoreError {
                problems.append("There is already a user with the address \(email).")
            }
        }
        var typed = form
        typed.password = ""
        return try await page(editor: editor, typed: typed, problems: problems, status: .unprocessableContent)
    }

    func page(
        editor: SignedInEditor, typed: UserForm, problems: [String], notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let blog = try await reader.blog()
        let view = UsersView(
            chrome: AdminChrome(blog: blog, title: "Users", editor: editor, section: "/admin/users", notice: notice),
            users: try await accounts.users(), typed: typed, problems: problems)
        return AdminPage.response(try theme.renderAdmin(view, template: "users"), status: status)
    }
}

/// The new-user form as typed.
struct UserForm: Sendable {
    var email = ""
    var name = ""
    var role = UserRole.author.rawValue
    var password = ""

    init() {}

    init(_ form: SubmittedForm) {
        email = (form["email"] ?? "").trimmingCharacters(in: .whitespaces)
        name = TextInput.withoutBidiControls(form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        role = form["role"] ?? UserRole.author.rawValue
        password = form["password"] ?? ""
    }

    /// What is wrong, in words an editor understands.
    func problems() -> [String] {
        var problems: [String] = []
        // The password's control characters are PasswordRule's to refuse, as for `newsdesk user add`.
        if let problem = TextInput.controlCharacterProblem([("e-mail address", email), ("name", name)]) {
            return [problem]
        }
        if EmailAddress.normalized(email) == nil { problems.append("“\(email)” is not an e-mail address.") }
        if name.isEmpty || name.count > 100 { problems.append("Give a name of at most 100 characters.") }
        if UserRole(rawValue: role) == nil { problems.append("Choose admin or author.") }
        if let problem = PasswordRule.problem(with: password) { problems.append(problem) }
        return problems
    }
}

/// What the users page shows.
struct UsersView: Sendable {
    let chrome: AdminChrome
    let users: [Line]
    let typed: UserForm
    let problems: [String]
    let hasProblems: Bool
    let roles: [AdminChoice]

    /// One user.
    struct Line: Sendable {
        let email: String
        let name: String
        let role: String
    }

    init(chrome: AdminChrome, users: [User], typed: UserForm, problems: [String]) {
        self.chrome = chrome
        self.users = users.map { Line(email: $0.email, name: $0.displayName, role: $0.role.rawValue) }
        self.typed = typed
        self.problems = problems
        hasProblems = !problems.isEmpty
        roles = [("author", "Author: own posts and their comments"), ("admin", "Admin: everything")].map {
            AdminChoice(value: $0.0, title: $0.1, selected: typed.role == $0.0)
        }
    }
}
