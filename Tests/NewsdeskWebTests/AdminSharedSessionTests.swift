import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Sessions live in the database")
struct AdminSharedSessionTests {
    @Test(
        "signed in on one server, the editor is signed in on every server of the database, and out on all",
        arguments: TestDatabase.available)
    func sharedAcrossServers(database: TestDatabase) async throws {
        try await database.withFreshLocation { location in
            let theme = try await Theme.load()
            let first = try await SQLStore.open(location, logger: TestDatabase.logger)
            let second = try await SQLStore.open(location, logger: TestDatabase.logger)
            let configuration = AppConfiguration(
                host: "127.0.0.1", port: 0, database: location, trustedProxies: .routerTests,
                logger: TestDatabase.logger)
            let one = buildApplication(
                configuration: configuration, store: first, theme: theme, logger: TestDatabase.logger
            ) {
                try await addUser(first, email: "ed@example.com", name: "Ed", role: .admin)
            }
            let other = buildApplication(
                configuration: configuration, store: second, theme: theme, logger: TestDatabase.logger)
            try await one.test(.router) { clientOne in
                let browser = try await signedIn(on: clientOne, email: "ed@example.com")
                try await other.test(.router) { clientTwo in
                    let dashboard = try await browser.get(clientTwo, "/admin")
                    #expect(dashboard.status == .ok)
                    #expect(dashboard.text.contains("<h1>Dashboard</h1>"))
                    // The CSRF token is the session's, so a form from one server posts to the other.
                    let saved = try await browser.post(clientTwo, "/admin/posts", [("title", "From server two")])
                    #expect(saved.status == .seeOther)
                    _ = try await browser.post(clientOne, "/admin/logout", [])
                    #expect(try await browser.get(clientTwo, "/admin").status == .seeOther)
                }
            }
            await first.close()
            await second.close()
        }
    }

    /// Signs in an existing user through the form.
    func signedIn(on client: any TestClientProtocol, email: String) async throws -> AdminBrowser {
        let (browser, response) = try await signIn(client, email: email)
        return try #require(browser, "sign-in answered \(response.status)")
    }

    @Test("an unknown address costs a full bcrypt check, as a wrong password does (the decoy hash)")
    func decoy() async throws {
        #expect(PasswordHashing.decoyHash.hasPrefix("$2b$\(PasswordHashing.defaultCost)$"))
        #expect(PasswordHashing.decoyHash.count == 60)
        #expect(try await PasswordHashing.verify("correct horse battery", hash: PasswordHashing.decoyHash) == false)
        let real = try await PasswordHashing.hash("correct horse battery")
        #expect(real.hasPrefix("$2b$12$") && real.count == 60)
        #expect(try await PasswordHashing.verify("correct horse battery", hash: real))
    }
}
