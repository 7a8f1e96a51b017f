import Crypto
import Foundation
import NewsdeskCore
import Synchronization

/// The comment form's signed token: which post, when the form was shown, and a single-use nonce.
///
/// Shape: `v2.<postID>.<issued ms>.<nonce>.<tag>`, the tag a SipHash-2-4 MAC in hex. The nonce is recorded when
/// a comment is stored, so a token works once, on every server sharing the database.
struct FormToken: Sendable {
    private let mac: SipHash

    /// A token signer keyed with the blog's secret: SipHash's 128-bit key is the first half of the secret's
    /// SHA-256, so every bit of the stored secret counts (its first 16 characters, hex digits, held only 64).
    init(secret: String) {
        mac = SipHash(key: Array(SHA256.hash(data: Data(secret.utf8)).prefix(16)))
    }

    /// A fresh token for a form shown now.
    func issue(postID: Int64, at date: Date = Date()) -> String {
        let message = "v2.\(postID).\(date.millisecondsSince1970).\(NonceSource.shared.next())"
        return message + "." + HexText.encode(mac.tag(message.utf8))
    }

    /// Checks a submitted token; the nonce is returned with a valid one, to be consumed with the comment.
    func check(_ token: String?, postID: Int64, at date: Date = Date()) -> (FormTokenCheck, nonce: String?) {
        guard let token, !token.isEmpty else { return (.missing, nil) }
        guard let dot = token.lastIndex(of: ".") else { return (.forged, nil) }
        let message = token[..<dot]
        let expected = HexText.encode(mac.tag(message.utf8))
        guard ConstantTime.equal(String(token[token.index(after: dot)...]), expected) else {
            return (.forged, nil)
        }
        let parts = message.split(separator: ".")
        guard parts.count == 4, parts[0] == "v2", Int64(parts[1]) == postID, let issued = Int64(parts[2]) else {
            return (.forged, nil)
        }
        let age = date.timeIntervalSince(Date(millisecondsSince1970: issued))
        return (.valid(ageSeconds: age), String(parts[3]))
    }

}

/// Unique nonces, cheaply: a random 64-bit prefix per process and a counter.
///
/// Nonces need to be unique (a repeat would be refused as a reused form), not secret: the MAC is what makes a
/// token unforgeable.
final class NonceSource: Sendable {
    static let shared = NonceSource()
    private let prefix = String(UInt64.random(in: .min ... .max), radix: 36)
    private let counter = Atomic<UInt64>(0)

    func next() -> String {
        let value = counter.add(1, ordering: .relaxed).newValue
        return prefix + "-" + String(value, radix: 36)
    }
}
