import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskStore

/// `newsdesk token revoke ID`: the token stops working on every server at once.
struct RevokeTokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke an API token: every server refuses it from now on.")

    @Argument(help: "The token's id (see `newsdesk token list`).")
    var id: Int64

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        let (id, now) = (id, Date())
        let token = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            try await store.revokeAPIToken(id: id, at: now)
        }
        guard let token, let revokedAt = token.revokedAt else {
            throw CommandFailure("There is no API token \(id); `newsdesk token list` shows them.")
        }
        if revokedAt.millisecondsSince1970 == now.millisecondsSince1970 {
            print("Revoked the token \(token.id) “\(token.name)”: every server refuses it from now on.")
        } else {
            let when = DateFormatting(timeZone: TimeZone(identifier: "UTC") ?? .current).iso8601(revokedAt)
            print("The token \(token.id) “\(token.name)” was already revoked at \(when).")
        }
    }
}
