import ArgumentParser
import NewsdeskStore

/// `newsdesk migrate`: brings the database schema up to date.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply the database migrations this newsdesk knows and the database lacks."
    )

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        let logger = try options.makeLogger()
        let location = options.location
        try await SQLStore.withStore(location, logger: logger) { _ in }
        print("The database (\(location)) is up to date.")
    }
}
