import ArgumentParser
import NewsdeskStore

/// `newsdesk user list`.
struct ListUsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the admin's users.")

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        let users = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            try await store.users()
        }
        if users.isEmpty { print("No users yet: add one with `newsdesk user add`.") }
        for user in users {
            print("\(user.email)\t\(user.role.rawValue)\t\(user.displayName)")
        }
    }
}
