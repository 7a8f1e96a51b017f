import Foundation
import NewsdeskCore

/// What the tokens page shows.
struct TokensView: Sendable {
    let chrome: AdminChrome
    let tokens: [Line]
    let hasTokens: Bool
    let typed: TokenForm
    let problems: [String]
    let hasProblems: Bool
    let scopes: [AdminChoice]
    let users: [AdminChoice]
    /// The token just made, with its secret: on this one page only.
    let made: Made?
    /// The address a token is tried on.
    let meURL: String

    /// One token.
    struct Line: Sendable {
        let id: Int64
        let name: String
        let scope: String
        let user: String
        let created: String
        let lastUsed: String
        /// When it was revoked; `nil` while it works (and the page offers to revoke it).
        let revoked: String?
    }

    /// A token just made.
    struct Made: Sendable {
        let name: String
        let scope: String
        let user: String
        let secret: String
    }

    init(
        chrome: AdminChrome, tokens: [APIToken], users: [User], typed: TokenForm, problems: [String], made: Made?,
        dates: DateFormatting, baseURL: String
    ) {
        self.chrome = chrome
        let emails = Dictionary(users.compactMap { user in user.id.map { ($0, user.email) } }) { first, _ in first }
        // Newest first: the one just made, or the one being looked for, is usually the latest.
        self.tokens = tokens.reversed().map { token in
            Line(
                id: token.id, name: token.name, scope: token.scope.rawValue,
                user: emails[token.userID] ?? "user \(token.userID)", created: dates.commentTime(token.createdAt),
                lastUsed: token.lastUsedAt.map(dates.commentTime) ?? "never",
                revoked: token.revokedAt.map(dates.commentTime))
        }
        hasTokens = !tokens.isEmpty
        self.typed = typed
        self.problems = problems
        hasProblems = !problems.isEmpty
        scopes = APIScope.allCases.map {
            AdminChoice(value: $0.rawValue, title: $0.summary, selected: typed.scope == $0.rawValue)
        }
        self.users = users.compactMap { user in
            user.id.map {
                AdminChoice(
                    value: String($0), title: "\(user.displayName) <\(user.email)>, \(user.role.rawValue)",
                    selected: typed.userID == $0)
            }
        }
        self.made = made
        meURL = baseURL + "/api/v1/admin/me"
    }
}
