import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskWeb

/// `newsdesk user add --email E --name N --role admin|author --password-stdin`.
struct AddUserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an editor who can sign in to the admin.",
        discussion: "The password is read from standard input: echo 'correct horse battery' | newsdesk user add ..."
    )

    @Option(help: "The address they sign in with.")
    var email: String

    @Option(help: "The name their posts and replies are shown under.")
    var name: String

    @Option(help: "admin (everything) or author (own posts and their comments).")
    var role: String = "author"

    @Flag(help: "Read the password from standard input (required: passwords are never taken as flags).")
    var passwordStdin = false

    @OptionGroup var options: DatabaseOptions

    func validate() throws {
        guard passwordStdin else { throw ValidationError("Give --password-stdin and pipe the password in.") }
        guard EmailAddress.normalized(email) != nil else {
            throw ValidationError("'\(email)' is not an e-mail address.")
        }
        guard UserRole(rawValue: role) != nil else { throw ValidationError("The role must be admin or author.") }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("Give a --name.") }
    }

    func run() async throws {
        let password = try PasswordInput.read()
        let hash = try await PasswordHashing.hash(password)
        let user = User(
            email: EmailAddress.normalized(email) ?? email, displayName: name.trimmingCharacters(in: .whitespaces),
            role: UserRole(rawValue: role) ?? .author)
        let stored = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            do {
                return try await store.addUser(user, passwordHash: hash)
            } catch let error as AccountStoreError {
                throw ValidationError(error.description)
            }
        }
        print("Added \(stored.role.rawValue) \(stored.displayName) <\(stored.email)>. Sign in at /admin/login.")
    }
}
