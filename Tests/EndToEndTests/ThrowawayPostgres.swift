import Foundation

/// A PostgreSQL server of the test's own (scripts/pg-throwaway.sh), which it may stop and start again.
struct ThrowawayPostgres {
    let directory: URL
    let url: String

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "scripts/pg-throwaway.sh")

    /// Starts one in `directory` (made if missing).
    static func start(in directory: URL) async throws -> ThrowawayPostgres {
        let started = try await ChildProcess.run(script, ["start", directory.path])
        guard started.status == 0, let url = started.output.split(separator: "\n").last.map(String.init) else {
            throw TestHelperError(message: "could not start PostgreSQL: \(started.output)")
        }
        return ThrowawayPostgres(directory: directory, url: url)
    }

    /// Stops the server (a fast shutdown: connections are closed), keeping its data.
    func pause() async throws {
        try await script("pause")
    }

    /// Starts it again on the same port, returning once it answers.
    func resume() async throws {
        try await script("resume")
    }

    /// Stops it and removes its folder.
    func stop() async {
        _ = try? await ChildProcess.run(Self.script, ["stop", directory.path])
    }

    /// The first column of each row `sql` returns, through psql.
    func query(_ sql: String) async throws -> [String] {
        let result = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["psql", "-X", "-tA", "-v", "ON_ERROR_STOP=1", url, "-c", sql])
        guard result.status == 0 else { throw TestHelperError(message: "psql failed: \(result.output)") }
        return result.output.split(separator: "\n").map(String.init)
    }

    private func script(_ command: String) async throws {
        let result = try await ChildProcess.run(Self.script, [command, directory.path])
        guard result.status == 0 else {
            throw TestHelperError(message: "pg-throwaway.sh \(command) failed: \(result.output)")
        }
    }
}
