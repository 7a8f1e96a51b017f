import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskStore

/// `newsdesk token list`: one token a line, its fields apart by tabs, times in UTC.
struct ListTokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the API tokens, revoked ones too (never their secrets).")

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        let (tokens, users) = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) {
            store in (try await store.apiTokens(), try await store.users())
        }
        guard !tokens.isEmpty else {
            print("No API tokens yet: make one with `newsdesk token add`.")
            return
        }
        let emails = Dictionary(users.compactMap { user in user.id.map { ($0, user.email) } }) { first, _ in first }
        let dates = DateFormatting(timeZone: TimeZone(identifier: "UTC") ?? .current)
        print(["id", "name", "scope", "user", "created", "last used", "revoked"].joined(separator: "\t"))
        for token in tokens {
            let fields = [
                String(token.id), token.name, token.scope.rawValue, emails[token.userID] ?? "user \(token.userID)",
                dates.iso8601(token.createdAt), token.lastUsedAt.map(dates.iso8601) ?? "never",
                token.revokedAt.map(dates.iso8601) ?? "no",
            ]
            print(fields.joined(separator: "\t"))
        }
    }
}
