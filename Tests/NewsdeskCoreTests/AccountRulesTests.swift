import Foundation
import NewsdeskCore
import Testing

@Suite("Account rules: sign-in lockout, addresses, passwords")
struct AccountRulesTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("the sixth attempt after 5 failures in 15 minutes is locked out until the oldest ages out")
    func lockout() {
        let throttle = LoginThrottle()
        let failures = (0..<5).map { start.addingTimeInterval(Double($0) * 60) }
        let now = start.addingTimeInterval(5 * 60)
        #expect(throttle.lockedUntil(failures: Array(failures.prefix(4)), at: now) == nil)
        #expect(throttle.lockedUntil(failures: failures, at: now) == start.addingTimeInterval(15 * 60))
        // Once the first failure is older than the window, four remain: an attempt is allowed again.
        #expect(throttle.lockedUntil(failures: failures, at: start.addingTimeInterval(15 * 60 + 1)) == nil)
    }

    @Test("failures older than the window do not count")
    func oldFailures() {
        let throttle = LoginThrottle()
        let old = (0..<10).map { start.addingTimeInterval(-3600 - Double($0)) }
        #expect(throttle.lockedUntil(failures: old, at: start) == nil)
        #expect(throttle.windowStart(at: start) == start.addingTimeInterval(-900))
    }

    @Test(
        "addresses are trimmed and lowercased; typing mistakes are refused",
        arguments: [
            (" Ed@Example.COM ", "ed@example.com"), ("a@b.co", "a@b.co"), ("no-at.example", nil), ("@b.co", nil),
            ("a@b", nil), ("a@.b.co", nil), ("a@b.co.", nil), ("a b@c.co", nil), ("a@b@c.co", nil),
            (String(repeating: "a", count: 250) + "@b.co", nil),
        ] as [(String, String?)])
    func addresses(text: String, expected: String?) {
        #expect(EmailAddress.normalized(text) == expected)
    }

    @Test("passwords need 10 characters and at most 72 bytes")
    func passwords() {
        #expect(PasswordRule.problem(with: "short") != nil)
        #expect(PasswordRule.problem(with: "correct horse") == nil)
        #expect(PasswordRule.problem(with: String(repeating: "é", count: 37)) != nil)  // 74 bytes
        #expect(PasswordRule.problem(with: String(repeating: "x", count: 72)) == nil)
    }

    @Test("an author may edit only their own posts; an admin any")
    func editRights() {
        let mine = Post(title: "Mine", author: Author(id: 7, displayName: "Ann"))
        let theirs = Post(title: "Theirs", author: Author(id: 8, displayName: "Bob"))
        let author = User(email: "ann@x.co", displayName: "Ann", role: .author, authorID: 7)
        let admin = User(email: "ed@x.co", displayName: "Ed", role: .admin, authorID: 9)
        #expect(author.mayEdit(mine) && !author.mayEdit(theirs))
        #expect(admin.mayEdit(mine) && admin.mayEdit(theirs))
        #expect(!User(email: "x@x.co", displayName: "X", role: .author).mayEdit(Post(title: "Anon")))
    }
}
