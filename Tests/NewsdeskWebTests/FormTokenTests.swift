import Foundation
import Testing

@testable import NewsdeskWeb

@Suite("Form tokens")
struct FormTokenTests {
    @Test("SipHash-2-4 matches the reference test vector")
    func sipHashVector() {
        // From the SipHash paper: key 00..0f, message 00..0e.
        let mac = SipHash(key: Array(0...15))
        #expect(mac.tag(Array(0...14) as [UInt8]) == 0xa129_ca61_49be_45e5)
        #expect(mac.tag([UInt8]()) == 0x726f_db47_dd0e_0e31)
    }

    @Test("a token is valid once issued, for its post only, and any change to it is caught")
    func roundTrip() throws {
        let tokens = FormToken(secret: "0123456789abcdef0123456789abcdef")
        let shown = Date(timeIntervalSince1970: 1_295_273_100)
        let token = tokens.issue(postID: 7, at: shown)
        let (check, nonce) = tokens.check(token, postID: 7, at: shown.addingTimeInterval(30))
        #expect(check == .valid(ageSeconds: 30))
        #expect(nonce != nil)
        #expect(tokens.check(token, postID: 8).0 == .forged)
        #expect(tokens.check(token.replacingOccurrences(of: "v2.7.", with: "v2.8."), postID: 8).0 == .forged)
        let tampered = String(token.dropLast()) + (token.last == "0" ? "1" : "0")
        #expect(tokens.check(tampered, postID: 7).0 == .forged)
        #expect(FormToken(secret: "another secret, another key!!!!!").check(token, postID: 7).0 == .forged)
        #expect(tokens.check(nil, postID: 7).0 == .missing)
        #expect(tokens.check("garbage", postID: 7).0 == .forged)
    }

    @Test("a token reads v2, the post, the time in milliseconds, a nonce and a 16-digit tag")
    func shape() throws {
        let tokens = FormToken(secret: "0123456789abcdef0123456789abcdef")
        let shown = Date(timeIntervalSince1970: 1_295_273_100.25)
        for postID in [7, Int64.max, Int64.min] {
            let token = tokens.issue(postID: postID, at: shown)
            let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            try #require(parts.count == 5)
            #expect(parts[0] == "v2" && parts[1] == String(postID) && parts[2] == "1295273100250")
            let nonce = parts[3].split(separator: "-", omittingEmptySubsequences: false)
            #expect(nonce.count == 2 && nonce.allSatisfy { !$0.isEmpty && UInt64($0, radix: 36) != nil })
            #expect(parts[4].count == 16 && UInt64(parts[4], radix: 16) != nil && parts[4] == parts[4].lowercased())
            #expect(tokens.check(token, postID: postID, at: shown).0 == .valid(ageSeconds: 0))
        }
    }

    @Test("every character of the secret is part of the key, not only its first 16")
    func wholeSecretKeys() {
        let secret = "0123456789abcdef0123456789abcdef"
        let token = FormToken(secret: secret).issue(postID: 7)
        let laterCharacterChanged = String(secret.dropLast()) + "0"
        #expect(FormToken(secret: secret).check(token, postID: 7).0 != .forged)
        #expect(FormToken(secret: laterCharacterChanged).check(token, postID: 7).0 == .forged)
    }

    @Test("every token has its own nonce")
    func uniqueNonces() {
        let tokens = FormToken(secret: "0123456789abcdef0123456789abcdef")
        let nonces = (0..<1000).compactMap { _ in tokens.check(tokens.issue(postID: 1), postID: 1).nonce }
        #expect(Set(nonces).count == 1000)
    }
}
