import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Users, sessions and failed sign-ins in the store")
struct AccountStoreTests {
    @Test(
        "a user is stored with an author of their name; a second user with the same address is refused",
        arguments: StoreUnderTest.all)
    func users(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let added = try await store.addUser(
                User(email: "ed@example.com", displayName: "WNU Editor", role: .admin), passwordHash: "$2b$hash")
            let id = try #require(added.id)
            let authorID = try #require(added.authorID)
            #expect(try await store.author(named: "WNU Editor").id == authorID)
            let found = try #require(try await store.userCredentials(email: "ed@example.com"))
            #expect(found.0 == added && found.passwordHash == "$2b$hash")
            #expect(try await store.userCredentials(email: "nobody@example.com") == nil)
            await #expect(throws: AccountStoreError.emailTaken("ed@example.com")) {
                try await store.addUser(
                    User(email: "ed@example.com", displayName: "Other", role: .author), passwordHash: "x")
            }
            _ = try await store.addUser(
                User(email: "ann@example.com", displayName: "Ann", role: .author), passwordHash: "y")
            let everyone = try await store.users()
            #expect(everyone.map(\.email) == ["ann@example.com", "ed@example.com"])
            #expect(everyone.last?.id == id)
        }
    }

    @Test(
        "a session is found by its token's hash until it expires; a new password ends it",
        arguments: StoreUnderTest.all)
    func sessions(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let user = try await store.addUser(
                User(email: "ed@example.com", displayName: "Ed", role: .admin), passwordHash: "old")
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            let session = AdminSession(
                tokenHash: "abc", userID: try #require(user.id), csrfToken: "csrf", createdAt: now,
                expiresAt: now.addingTimeInterval(3600))
            try await store.createSession(session)
            let live = try #require(try await store.session(tokenHash: "abc", at: now.addingTimeInterval(60)))
            #expect(live.0 == session && live.1 == user)
            #expect(try await store.session(tokenHash: "abc", at: now.addingTimeInterval(3601)) == nil)
            #expect(try await store.session(tokenHash: "other", at: now) == nil)
            #expect(try await store.setPasswordHash("new", forEmail: "ed@example.com"))
            #expect(try await store.session(tokenHash: "abc", at: now) == nil)
            #expect(try await store.userCredentials(email: "ed@example.com")?.passwordHash == "new")
            #expect(try await store.setPasswordHash("x", forEmail: "nobody@example.com") == false)
            try await store.createSession(session)
            try await store.deleteSession(tokenHash: "abc")
            #expect(try await store.session(tokenHash: "abc", at: now) == nil)
        }
    }

    @Test(
        "failed sign-ins are counted per address pair, forgotten when old or after a success",
        arguments: StoreUnderTest.all)
    func failures(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            for minute in 0..<3 {
                try await store.recordLoginFailure(
                    email: "ed@example.com", address: "192.0.2.1", at: now.addingTimeInterval(Double(minute) * 60),
                    forgetBefore: now.addingTimeInterval(-900))
            }
            try await store.recordLoginFailure(
                email: "ed@example.com", address: "192.0.2.9", at: now, forgetBefore: now.addingTimeInterval(-900))
            let since = now.addingTimeInterval(-1)
            #expect(
                try await store.loginFailures(email: "ed@example.com", address: "192.0.2.1", since: since).count == 3)
            #expect(
                try await store.loginFailures(email: "ed@example.com", address: "192.0.2.9", since: since).count == 1)
            #expect(
                try await store.loginFailures(
                    email: "ed@example.com", address: "192.0.2.1", since: now.addingTimeInterval(90)
                ).count == 1)
            try await store.clearLoginFailures(email: "ed@example.com", address: "192.0.2.1")
            #expect(try await store.loginFailures(email: "ed@example.com", address: "192.0.2.1", since: since).isEmpty)
            // Recording a failure much later sweeps the old ones.
            try await store.recordLoginFailure(
                email: "x@example.com", address: "192.0.2.5", at: now.addingTimeInterval(7200),
                forgetBefore: now.addingTimeInterval(3600))
            #expect(
                try await store.loginFailures(email: "ed@example.com", address: "192.0.2.9", since: .distantPast)
                    .isEmpty)
        }
    }
}
