import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskWeb

/// `newsdesk token add --name NAME --scope read|write|moderate [--user EMAIL]`: prints the new token alone on
/// its last line, so that a script can take it with `tail -n 1`.
struct AddTokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Make an API token; it is printed once, alone on the last line.",
        discussion: "Without --user the token acts as the first admin (the one added first)."
    )

    @Option(help: "What the token is for (the app or tool using it), up to 100 characters.")
    var name: String

    @Option(help: "read (only reads), write (also posts and media) or moderate (also comments).")
    var scope: String

    @Option(help: ArgumentHelp("The address of the user it acts as. Default: the first admin.", valueName: "email"))
    var user: String?

    @OptionGroup var options: DatabaseOptions

    func validate() throws {
        guard APIScope(rawValue: scope) != nil else {
            throw ValidationError("The scope must be read, write or moderate.")
        }
        if let problem = APIToken.nameProblem(APIToken.normalizedName(name)) { throw ValidationError(problem) }
        if let user, EmailAddress.normalized(user) == nil {
            throw ValidationError("'\(user)' is not an e-mail address.")
        }
    }

    func run() async throws {
        let scope = APIScope(rawValue: scope) ?? .read
        let (name, email) = (name, user.flatMap(EmailAddress.normalized))
        let secret = APITokenSecret.random()
        let (token, owner) = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            let owner = try await Self.owner(email: email, in: store)
            do {
                let token = try await store.createAPIToken(
                    name: name, scope: scope, userID: owner.id ?? 0, secretHash: APITokenSecret.hash(secret),
                    at: Date())
                return (token, owner)
            } catch let error as APITokenStoreError {
                throw CommandFailure(error.description)
            }
        }
        print(
            "Made the \(scope.rawValue) token \(token.id) “\(token.name)”, acting as \(owner.email) (\(owner.role.rawValue))."
        )
        if email == nil { print("No --user was given, so it acts as the first admin, \(owner.email).") }
        print("Here it is; it is shown only this once, so copy it now:")
        print(secret)
    }

    /// The user with `email`, or without one the first admin added.
    static func owner(email: String?, in store: any AccountStore) async throws -> User {
        let users = try await store.users()
        if let email {
            guard let user = users.first(where: { $0.email == email }) else {
                throw CommandFailure("There is no user \(email); `newsdesk user list` shows who there is.")
            }
            return user
        }
        let admins = users.filter { $0.role == .admin }.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
        guard let first = admins.first else {
            throw CommandFailure(
                "There is no admin for the token to act as. Add one with `newsdesk user add --role admin`, "
                    + "or name a user with --user.")
        }
        return first
    }
}
