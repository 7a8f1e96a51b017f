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
            // Another session takes the table the query reads, and keeps it for 4 s.
            let holder = Process()
            holder.executableURL = URL(filePath: "/usr/bin/env")
            holder.arguments = [
                "psql", "-q", url, "-c",
                "BEGIN; LOCK TABLE schema_migrations IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(4); COMMIT;",
            ]
            holder.standardOutput = FileHandle.nullDevice
            try holder.run()
            try await Task.sleep(for: .milliseconds(800))
            let started = ContinuousClock.now
            let waiting = try await client.execute(uri: "/readyz", method: .get)
            let took = ContinuousClock.now - started
            #expect(waiting.status == .serviceUnavailable)
            #expect(waiting.text == "not ready: the database did not answer within 2 seconds.\n")
            #expect(took >= .milliseconds(1900) && took < .seconds(3), "\(took)")
            holder.waitUntilExit()
            #expect(holder.terminationStatus == 0)
            var after = try await client.execute(uri: "/readyz", method: .get)
            for _ in 0..<20 where after.status != .ok {
                try await Task.sleep(for: .milliseconds(100))
                after = try await client.execute(uri: "/readyz", method: .get)
            }
            #expect(after.status == .ok)
        }
    }
}
