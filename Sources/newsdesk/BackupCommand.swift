import ArgumentParser
import Foundation
import NewsdeskStore

/// `newsdesk backup`: a consistent copy of a running SQLite blog; for PostgreSQL, the `pg_dump` command.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy a running SQLite blog to a new file, consistently, while the server keeps writing.",
        discussion: """
            The copy is the database as it was when the backup began (SQLite's VACUUM INTO), checked with \
            PRAGMA integrity_check before it takes its name. It is itself a database: to restore, stop the \
            server and serve the copy (--database FILE). A PostgreSQL blog is backed up with pg_dump; this \
            command prints the command to use.
            """
    )

    @Option(help: ArgumentHelp("The new file to write; it must not exist yet.", valueName: "file"))
    var output: String

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        let logger = try options.makeLogger()
        let location = options.location
        guard case .sqlite(let databasePath) = location else {
            throw CommandFailure(Self.postgresAdvice(location: location, output: output))
        }
        let target = URL(filePath: output).standardizedFileURL
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw CommandFailure("\(output) already exists; a backup never overwrites a file, so name a new one.")
        }
        var isFolder: ObjCBool = false
        let folder = target.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("The folder \(folder.path) does not exist.")
        }
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw CommandFailure("There is no database at \(databasePath) to back up.")
        }
        // Written under a temporary name beside the target, and named only once it checks out, so a backup
        // cut short never leaves a file that looks like a good one.
        let partial = folder.appending(path: ".\(target.lastPathComponent).partial-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: partial) }
        let started = ContinuousClock.now
        // Opened without migrating: a backup must not change the database a running server uses, even when this
        // newsdesk is newer than it.
        let store = try await SQLStore.open(location, logger: logger)
        do {
            try await store.copySQLiteDatabase(to: partial.path)
            await store.close()
        } catch {
            await store.close()
            throw error
        }
        let check = try await SQLStore.checkSQLiteCopy(at: partial.path)
        guard check.integrity == "ok" else {
            throw CommandFailure("The copy failed SQLite's integrity check (\(check.integrity)); nothing was kept.")
        }
        try FileManager.default.moveItem(at: partial, to: target)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int) ?? 0
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            "Backed up \(databasePath) to \(output): \(check.posts) posts, \(check.comments) comments, "
                + "\(String(format: "%.1f", Double(bytes) / 1_048_576)) MB, in \(String(format: "%.1f", seconds)) s. "
                + "Integrity check: ok.")
    }

    /// What to run instead for a PostgreSQL blog (the password left out of the address).
    static func postgresAdvice(location: DatabaseLocation, output: String) -> String {
        guard case .postgres(let url) = location, var parts = URLComponents(string: url) else { return "" }
        let hasPassword = parts.password != nil
        parts.password = nil
        let password = hasPassword ? "\n(The password is left out: pg_dump asks for it, or reads PGPASSWORD.)" : ""
        return """
            A PostgreSQL blog is backed up with PostgreSQL's own pg_dump, which takes a consistent snapshot \
            while the servers go on writing:

                pg_dump --format=custom --file '\(output)' '\(parts.string ?? url)'
            \(password)
            Restore it into an empty database with: pg_restore --no-owner --dbname DATABASE-URL '\(output)'
            """
    }
}
