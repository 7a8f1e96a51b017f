import ArgumentParser

/// `newsdesk user …`: the people who can sign in to the admin.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add and list the editors who sign in to the admin at /admin.",
        subcommands: [AddUserCommand.self, ListUsersCommand.self, SetPasswordCommand.self]
    )
}
