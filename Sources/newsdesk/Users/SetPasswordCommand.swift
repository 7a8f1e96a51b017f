import ArgumentParser
import NewsdeskCore
import NewsdeskStore
import NewsdeskWeb

/// `newsdesk user password --email E --password-stdin`: a new password, which also signs them out everywhere.
struct SetPasswordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password", abstract: "Set a user's password (read from standard input); signs them out.")

    @Option(help: "The user's address.")
    var email: String

    @Flag(help: "Read the password from standard input (required).")
    var passwordStdin = false

    @OptionGroup var options: DatabaseOptions

    func validate() throws {
        guard passwordStdin else { throw ValidationError("Give --password-stdin and pipe the password in.") }
    }

    func run() async throws {
        let hash = try await PasswordHashing.hash(try PasswordInput.read())
        let email = EmailAddress.normalized(self.email) ?? self.email
        let changed = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            try await store.setPasswordHash(hash, forEmail: email)
        }
        guard changed else { throw ValidationError("There is no user \(email).") }
        print("Password changed for \(email); their sessions are ended.")
    }
}
