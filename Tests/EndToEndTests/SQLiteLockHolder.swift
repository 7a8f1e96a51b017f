import Foundation

/// Another process holding an SQLite file's write lock (`BEGIN IMMEDIATE`) for a while, as a long import or
/// a backup tool might.
final class SQLiteLockHolder: Sendable {
    private let process: SpawnedProcess
    private let output: URL

    /// Starts python3 holding the lock on `path` for at most `seconds`.
    init(path: String, seconds: Double) throws {
        output = URL(fileURLWithPath: path + ".holder-\(UUID().uuidString).out")
        let arguments = [
            "python3", "-c",
            """
            import sqlite3, sys, time
            connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
            connection.execute("BEGIN IMMEDIATE")
            print("held", flush=True)
            time.sleep(float(sys.argv[2]))
            """,
            path, String(seconds),
        ]
        process = try SpawnedProcess(
            "/usr/bin/env", arguments, environment: ProcessInfo.processInfo.environment, outputPath: output.path)
    }

    /// Returns once the lock is held (within 10 s).
    func waitUntilHeld() async throws {
        for _ in 0..<200 {
            if (try? String(contentsOf: output, encoding: .utf8)) == "held\n" { return }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestHelperError(message: "the lock holder did not take the lock")
    }

    /// Ends the process, which releases the lock.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
