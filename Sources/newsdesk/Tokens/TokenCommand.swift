import ArgumentParser

/// `newsdesk token …`: the Admin API's tokens.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Make, list and revoke the tokens programs use to call the Admin API at /api/v1/admin/.",
        discussion: "Admins can do the same in the admin at /admin/tokens.",
        subcommands: [AddTokenCommand.self, ListTokensCommand.self, RevokeTokenCommand.self]
    )
}
