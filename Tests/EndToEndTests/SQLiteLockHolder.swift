import Foundation

/// Another process holding an SQLite file's write lock (`BEGIN IMMEDIATE`) for a while, as a long import or
/// a backup tool might.
final class SQLiteLockHolder: @unchecked Sendable {
    private let process = Process()
    private let output = Pipe()

    /// Starts python3 holding the lock on `path` for at most `seconds`.
    init(path: String, seconds: Double) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
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
        process.standardOutput = output
        try process.run()
    }

    /// Returns once the lock is held.
    func waitUntilHeld() async throws {
        let handle = output.fileHandleForReading
        let line = try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try handle.read(upToCount: 5) }) }
        }
        guard line.map({ String(decoding: $0, as: UTF8.self) }) == "held\n" else {
            throw TestHelperError(message: "the lock holder did not take the lock")
        }
    }

    /// Ends the process, which releases the lock.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
