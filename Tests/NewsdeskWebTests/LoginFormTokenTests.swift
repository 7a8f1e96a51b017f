import Foundation
import Testing

@testable import NewsdeskWeb

@Suite("The sign-in form's signed token")
struct LoginFormTokenTests {
    let tokens = LoginFormToken(signer: MessageSigner(secret: String(repeating: "ab", count: 32)))

    @Test("a form sent back within the same millisecond it was shown is valid, even when that time rounded up")
    func sameMillisecond() {
        let shown = Date(timeIntervalSince1970: 1_000.0006)  // issued as 1,000,001 ms: rounded up
        #expect(tokens.isValid(tokens.issue(at: shown), at: shown))
    }

    @Test("a day-old, a future, a forged or a missing token is refused")
    func refused() {
        let shown = Date(timeIntervalSince1970: 1_000)
        let token = tokens.issue(at: shown)
        #expect(!tokens.isValid(token, at: shown.addingTimeInterval(LoginFormToken.lifetime)))
        #expect(!tokens.isValid(token, at: shown.addingTimeInterval(-0.002)))
        #expect(!tokens.isValid(token + "x", at: shown))
        #expect(!tokens.isValid(nil, at: shown))
        #expect(tokens.isValid(token, at: shown.addingTimeInterval(60)))
    }
}
