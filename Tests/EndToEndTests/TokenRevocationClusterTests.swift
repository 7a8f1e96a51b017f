import AsyncHTTPClient
import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("A token revoked with the command line stops on every server of one database", .serialized)
struct TokenRevocationClusterTests {
    @Test(
        "two servers accept a token made with newsdesk token add; after newsdesk token revoke both refuse it within a second",
        arguments: TestDatabase.available)
    func revokedEverywhere(database: TestDatabase) async throws {
        try await database.withFreshLocation { location in
            let directory = try ServerProcess.scratchDirectory("newsdesk-token-cluster")
            defer { ServerProcess.removeScratchDirectory(directory) }
            // setup: one admin, a token made with the command line, two servers on the database
            try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
                _ = try await store.addUser(
                    User(email: "ed@example.com", displayName: "Ed", role: .admin), passwordHash: "x")
            }
            let url: String =
                switch location {
                case .sqlite(let path): path
                case .postgres(let url): url
                }
            let made = try await ServerProcess.run(
                ["token", "add", "--name", "Cluster", "--scope", "read", "--database", url])
            #expect(made.status == 0, "\(made.output)")
            let secret = made.output.split(separator: "\n").last.map(String.init) ?? ""
            let first = try await ServerProcess(arguments: ["--database", url], directory: directory)
            defer { first.stop() }
            let second = try await ServerProcess(arguments: ["--database", url], directory: directory)
            defer { second.stop() }
            for server in [first, second] {
                let me = try await Self.me(server, secret)
                #expect(me.status == 200, "\(server.baseURL): \(me.body)")
                #expect(me.body.contains("\"email\":\"ed@example.com\""))
            }
            // MUT: revoke with the command line
            let revoked = try await ServerProcess.run(["token", "revoke", "1", "--database", url])
            #expect(revoked.status == 0, "\(revoked.output)")
            let revokedAt = ContinuousClock.now
            // validation: both refuse it within a second of the command's return. Each server is asked on its own,
            // at the same time, so that one's time does not include the other's.
            let refusedAfter = try await withThrowingTaskGroup(of: Duration?.self) { group in
                for server in [first, second] {
                    group.addTask {
                        while ContinuousClock.now - revokedAt < .seconds(2) {
                            if try await Self.me(server, secret).status == 401 {
                                return ContinuousClock.now - revokedAt
                            }
                            try await Task.sleep(for: .milliseconds(50))
                        }
                        return nil
                    }
                }
                return try await group.reduce(into: [Duration]()) { times, time in
                    if let time { times.append(time) }
                }
            }
            #expect(refusedAfter.count == 2, "a server still accepted the revoked token after 2 s")
            #expect(refusedAfter.allSatisfy { $0 < .seconds(1) }, "refused after \(refusedAfter)")
        }
    }

    /// `GET /api/v1/admin/me` with the token.
    static func me(_ server: ServerProcess, _ secret: String) async throws -> HTTP.Reply {
        var request = HTTPClientRequest(url: server.baseURL + "/api/v1/admin/me")
        request.headers.add(name: "Authorization", value: "Bearer \(secret)")
        return try await HTTP.send(request)
    }
}
