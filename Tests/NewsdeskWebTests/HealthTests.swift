import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Health and readiness for load balancers")
struct HealthTests {
    @Test(
        "/healthz answers while the process serves; /readyz when the schema is current, else 503 with the reason",
        arguments: TestDatabase.available)
    func answers(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, location in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok && health.text == "ok\n")
            #expect(health.headers[.cacheControl] == "no-store")
            #expect(health.headers[.contentType] == "text/plain; charset=utf-8")
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .ok && ready.text == "ready\n")
            #expect(ready.headers[.cacheControl] == "no-store")

            let known = try await store.schemaState().known
            try await TestDatabase.executeBehindTheBack(
                "INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (\(known + 1), 'future', 0)",
                on: location)
            let newer = try await client.execute(uri: "/readyz", method: .get)
            #expect(newer.status == .serviceUnavailable)
            #expect(newer.text.hasPrefix("not ready: the database's schema is at migration \(known + 1), newer"))
            try await TestDatabase.executeBehindTheBack(
                "DELETE FROM schema_migrations WHERE version >= \(known)", on: location)
            let behind = try await client.execute(uri: "/readyz", method: .get)
            #expect(behind.status == .serviceUnavailable)
            #expect(behind.text.contains("at migration \(known - 1) and this server needs \(known)"), "\(behind.text)")
            // Liveness does not depend on the database.
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
        }
    }

    @Test(
        "PostgreSQL holding a lock the readiness query needs: /readyz says 503 within the 2 s limit, then 200 once it is released",
        .enabled(if: TestDatabase.available.contains(.postgres)))
    func hungDatabase() async throws {
        try await withDemoApp(.postgres) { client, _, location in
            guard case .postgres(let url) = location else { return }
            // Another session takes the table the query reads, and keeps it for 6 s; the probe starts once the
            // lock is seen held (a loaded machine may take a while to connect).
            let holder = Process()
            holder.executableURL = URL(filePath: "/usr/bin/env")
            holder.arguments = [
                "psql", "-q", url, "-c",
                "BEGIN; LOCK TABLE schema_migrations IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(6); COMMIT;",
            ]
            holder.standardOutput = FileHandle.nullDevice
            try holder.run()
            var held = false
            for _ in 0..<100 where !held && holder.isRunning {
                try await Task.sleep(for: .milliseconds(100))
                held =
                    try Self.psql(
                        url,
                        "SELECT count(*) FROM pg_locks WHERE relation = 'schema_migrations'::regclass AND granted "
                            + "AND mode = 'AccessExclusiveLock'") == "1"
            }
            try #require(held, "the other session never took the lock")
            let started = ContinuousClock.now
            let waiting = try await client.execute(uri: "/readyz", method: .get)
            let took = ContinuousClock.now - started
            #expect(waiting.status == .serviceUnavailable)
            #expect(waiting.text == "not ready: the database did not answer within 2 seconds.\n")
            #expect(took >= .milliseconds(1900) && took < .milliseconds(3500), "\(took)")
            // Waited for without blocking: a cooperative thread held for seconds stalls every other test.
            for _ in 0..<150 where holder.isRunning { try await Task.sleep(for: .milliseconds(100)) }
            #expect(!holder.isRunning && holder.terminationStatus == 0)
            var after = try await client.execute(uri: "/readyz", method: .get)
            for _ in 0..<20 where after.status != .ok {
                try await Task.sleep(for: .milliseconds(100))
                after = try await client.execute(uri: "/readyz", method: .get)
            }
            #expect(after.status == .ok)
        }
    }

    /// One value from `psql`, as text.
    private static func psql(_ url: String, _ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["psql", "-tAq", url, "-c", query]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
