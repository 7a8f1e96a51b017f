import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("API tokens in the store: made, listed, found by their secret's hash, revoked")
struct APITokenStoreTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// An admin and an author to make tokens for.
    static func users(_ store: any NewsdeskStorage) async throws -> (admin: User, author: User) {
        let admin = try await store.addUser(
            User(email: "ed@example.com", displayName: "Ed", role: .admin), passwordHash: "x")
        let author = try await store.addUser(
            User(email: "ann@example.com", displayName: "Ann", role: .author), passwordHash: "y")
        return (admin, author)
    }

    @Test(
        "a token is found by its secret's hash with its user; its last use is written at most once a minute",
        arguments: StoreUnderTest.all)
    func lookUp(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let (admin, author) = try await Self.users(store)
            let phone = try await store.createAPIToken(
                name: "  Phone  ", scope: .write, userID: try #require(author.id), secretHash: "hash-1", at: Self.now)
            #expect(phone.name == "Phone" && phone.scope == .write && phone.userID == author.id)
            #expect(phone.createdAt == Self.now && phone.lastUsedAt == nil && !phone.isRevoked)
            let tool = try await store.createAPIToken(
                name: "Moderation tool", scope: .moderate, userID: try #require(admin.id), secretHash: "hash-2",
                at: Self.now)
            #expect(try await store.apiTokens() == [phone, tool])
            let (found, user) = try #require(try await store.apiToken(secretHash: "hash-1", at: Self.now))
            #expect(found.id == phone.id && user == author)
            #expect(found.lastUsedAt == Self.now)
            #expect(try await store.apiToken(secretHash: "nothing", at: Self.now) == nil)
            // Used again within the minute: the first use stands, nothing is written.
            _ = try await store.apiToken(secretHash: "hash-1", at: Self.now.addingTimeInterval(30))
            #expect(try await store.apiTokens().first?.lastUsedAt == Self.now)
            let later = Self.now.addingTimeInterval(61)
            #expect(try await store.apiToken(secretHash: "hash-1", at: later)?.0.lastUsedAt == later)
            #expect(try await store.apiTokens().map(\.lastUsedAt) == [later, nil])
        }
    }

    @Test("a revoked token is not found; revoking again keeps the first time", arguments: StoreUnderTest.all)
    func revoke(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let (admin, _) = try await Self.users(store)
            let token = try await store.createAPIToken(
                name: "Newsletter", scope: .read, userID: try #require(admin.id), secretHash: "hash", at: Self.now)
            let revokedAt = Self.now.addingTimeInterval(10)
            let revoked = try #require(try await store.revokeAPIToken(id: token.id, at: revokedAt))
            #expect(revoked.revokedAt == revokedAt && revoked.isRevoked)
            #expect(try await store.apiToken(secretHash: "hash", at: Self.now.addingTimeInterval(20)) == nil)
            let again = try await store.revokeAPIToken(id: token.id, at: Self.now.addingTimeInterval(30))
            #expect(again?.revokedAt == revokedAt)
            #expect(try await store.revokeAPIToken(id: token.id + 100, at: Self.now) == nil)
            #expect(try await store.apiTokens() == [revoked])
        }
    }

    @Test("a deleted user's tokens stop working and leave the list", arguments: StoreUnderTest.all)
    func deletedUser(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let (admin, author) = try await Self.users(store)
            _ = try await store.createAPIToken(
                name: "Ann's phone", scope: .write, userID: try #require(author.id), secretHash: "ann", at: Self.now)
            let kept = try await store.createAPIToken(
                name: "Ed's phone", scope: .write, userID: try #require(admin.id), secretHash: "ed", at: Self.now)
            #expect(try await store.deleteUser(email: "ann@example.com"))
            #expect(try await store.deleteUser(email: "ann@example.com") == false)
            #expect(try await store.apiToken(secretHash: "ann", at: Self.now) == nil)
            #expect(try await store.apiToken(secretHash: "ed", at: Self.now)?.1 == admin)
            #expect(try await store.apiTokens().map(\.id) == [kept.id])
            #expect(try await store.users() == [admin])
        }
    }

    @Test("names are one line of 1 to 100 characters; the user must exist", arguments: StoreUnderTest.all)
    func names(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let (admin, _) = try await Self.users(store)
            let userID = try #require(admin.id)
            for (name, problem) in [
                ("   ", "Give the token a name"), (String(repeating: "n", count: 101), "keep it to 100"),
                ("Two\nlines", "on one line"), ("Tab\there", "on one line"), ("NUL\u{0}", "control character"),
            ] {
                await #expect {
                    try await store.createAPIToken(
                        name: name, scope: .read, userID: userID, secretHash: "h", at: Self.now)
                } throws: { error in
                    guard case .invalidName(let sentence) = error as? APITokenStoreError else { return false }
                    return sentence.contains(problem) && sentence.hasSuffix(".")
                }
            }
            await #expect(throws: APITokenStoreError.noSuchUser(userID + 100)) {
                try await store.createAPIToken(
                    name: "Ghost", scope: .read, userID: userID + 100, secretHash: "h", at: Self.now)
            }
            #expect(try await store.apiTokens().isEmpty)
            let longest = String(repeating: "é", count: 100)
            let made = try await store.createAPIToken(
                name: longest, scope: .read, userID: userID, secretHash: "h", at: Self.now)
            #expect(made.name == longest)
        }
    }
}
