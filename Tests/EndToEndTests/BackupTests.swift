import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Synchronization
import Testing

/// `newsdesk backup` against the real server while readers post comments over HTTP.
@Suite("Backing up a running SQLite blog", .serialized)
final class BackupTests: Sendable {
    let directory: URL
    static let postPath = "/2011/01/is-chinese-military-interested-in.html"

    init() throws {
        directory = try ServerProcess.scratchDirectory("newsdesk-backup")
    }

    deinit { ServerProcess.removeScratchDirectory(directory) }

    @Test("under comment load the copy passes the integrity check and holds every comment acknowledged before it began")
    func underLoad() async throws {
        let database = directory.appending(path: "blog.sqlite").path
        let server = try await ServerProcess(arguments: ["--demo", "--database", database], directory: directory)
        defer { server.stop() }
        // --demo sets the demo's comment rules at start; these let one address post as fast as it can.
        let policy = try await ServerProcess.run([
            "comments", "policy", "--min-seconds", "0", "--rate-per-minute", "0", "--rate-per-day", "0",
            "--database", database,
        ])
        #expect(policy.status == 0, "\(policy.output)")
        try await Task.sleep(for: .milliseconds(500))

        let load = CommentLoad()
        let url = server.baseURL + Self.postPath
        let posters = (0..<4).map { lane in
            Task {
                var number = 0
                while !load.stopped.withLock({ $0 }) {
                    number += 1
                    let body = "Backup load, lane \(lane), comment \(number)."
                    guard let form = try? await HTTP.get(url), let token = PageScraping.formToken(in: form.body),
                        let reply = try? await HTTP.postForm(
                            url, [("name", "Loader"), ("body", body), ("token", token)])
                    else { continue }
                    if reply.status == 303 { load.acknowledged.withLock { $0.append((body, ContinuousClock.now)) } }
                }
            }
        }
        // Waits for counts rather than times: a loaded machine may post slowly.
        try await load.waitFor(count: 20)
        let output = directory.appending(path: "copy.sqlite").path
        let backupStarted = ContinuousClock.now
        let backup = try? await ServerProcess.run(["backup", "--output", output, "--database", database])
        try await load.waitFor(count: load.acknowledged.withLock { $0.count } + 5)
        load.stopped.withLock { $0 = true }
        for poster in posters { await poster.value }

        #expect(backup?.status == 0, "\(backup?.output ?? "did not run")")
        #expect(backup?.output.contains("Integrity check: ok.") == true)
        let before = load.acknowledged.withLock { $0.filter { $0.at < backupStarted }.map(\.body) }
        let total = load.acknowledged.withLock { $0.count }
        #expect(before.count >= 20, "only \(before.count) comments before the backup")
        #expect(total > before.count, "no comment was written during or after the backup")
        let check = try await SQLStore.checkSQLiteCopy(at: output)
        #expect(check.integrity == "ok")
        let copied = try await SQLStore.withStore(.sqlite(path: output), logger: TestDatabase.logger) { store in
            try await Set(store.comments(onPost: 1, statuses: [.published, .pending]).map(\.body))
        }
        let missing = before.filter { !copied.contains($0) }
        #expect(missing.isEmpty, "\(missing.count) of \(before.count) acknowledged comments missing from the copy")
        // A second backup to the same name is refused, and leaves the first alone.
        let again = try await ServerProcess.run(["backup", "--output", output, "--database", database])
        #expect(again.status != 0 && again.output.contains("already exists"))
        #expect(try await SQLStore.checkSQLiteCopy(at: output) == check)
    }

    @Test("a backup leaves the database's schema as it found it, even one a migration behind")
    func doesNotMigrate() async throws {
        let database = directory.appending(path: "older.sqlite").path
        #expect(try await ServerProcess.run(["migrate", "--database", database]).status == 0)
        let known = try await Self.schema(of: database).known
        try await TestDatabase.executeBehindTheBack(
            "DELETE FROM schema_migrations WHERE version = \(known)", on: .sqlite(path: database))
        let output = directory.appending(path: "older-copy.sqlite").path
        let backup = try await ServerProcess.run(["backup", "--output", output, "--database", database])
        #expect(backup.status == 0, "\(backup.output)")
        #expect(try await Self.schema(of: database).applied == known - 1)
        #expect(try await Self.schema(of: output).applied == known - 1)
    }

    private static func schema(of path: String) async throws -> SchemaState {
        let store = try await SQLStore.open(.sqlite(path: path), logger: TestDatabase.logger)
        let state = try await store.schemaState()
        await store.close()
        return state
    }

    @Test("a PostgreSQL blog gets the pg_dump command, without its password, and no file")
    func postgres() async throws {
        let output = directory.appending(path: "blog.dump").path
        let result = try await ServerProcess.run([
            "backup", "--output", output, "--database", "postgres://editor:s3cret@db.internal:5432/blog",
        ])
        #expect(result.status != 0)
        #expect(
            result.output.contains(
                "pg_dump --format=custom --file '\(output)' 'postgres://editor@db.internal:5432/blog'"))
        #expect(!result.output.contains("s3cret") && !FileManager.default.fileExists(atPath: output))
    }

}

/// What the posting loops acknowledged, and when, and the flag that stops them.
private final class CommentLoad: Sendable {
    let acknowledged = Mutex<[(body: String, at: ContinuousClock.Instant)]>([])
    let stopped = Mutex(false)

    /// Waits until `count` comments are acknowledged (at most a minute).
    func waitFor(count: Int) async throws {
        for _ in 0..<600 where acknowledged.withLock({ $0.count }) < count {
            try await Task.sleep(for: .milliseconds(100))
        }
        try #require(
            acknowledged.withLock { $0.count } >= count, "fewer than \(count) comments acknowledged in a minute")
    }
}
