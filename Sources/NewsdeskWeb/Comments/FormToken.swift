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

    /// The longest token: `v2.`, two 20-character numbers, the nonce, the tag and the dots between.
    private static let maximumLength = 3 + 20 + 1 + 20 + 1 + NonceSource.maximumLength + 1 + 16

    /// A fresh token for a form shown now.
    ///
    /// Made in one buffer, with the tag computed over its bytes: every cached post page gets a token, and
    /// putting it together from strings was 5% of a cache hit in `perf` (bench/pages).
    func issue(postID: Int64, at date: Date = Date()) -> String {
        String(unsafeUninitializedCapacity: Self.maximumLength) { buffer in
            var length = 0
            func append(_ bytes: some Sequence<UInt8>) {
                for byte in bytes {
                    buffer[length] = byte
                    length += 1
                }
            }
            append("v2.".utf8)
            append(String(postID).utf8)
            append(CollectionOfOne(UInt8(ascii: ".")))
            append(String(date.millisecondsSince1970).utf8)
            append(CollectionOfOne(UInt8(ascii: ".")))
            NonceSource.shared.next { append($0) }
            let tag = mac.tag(UnsafeBufferPointer(rebasing: buffer[..<length]))
            append(CollectionOfOne(UInt8(ascii: ".")))
            for shift in stride(from: 60, through: 0, by: -4) {
                append(CollectionOfOne(HexText.digit(UInt8(truncatingIfNeeded: tag >> UInt64(shift)) & 0x0f)))
            }
            return length
        }
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

    /// The longest nonce: two 64-bit numbers in base 36 and the dash between.
    static let maximumLength = 13 + 1 + 13

    /// A fresh nonce, given to `body` as bytes (`prefix-counter`) without making a string of it.
    func next(_ body: (UnsafeRawBufferPointer) -> Void) {
        let value = counter.add(1, ordering: .relaxed).newValue
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumLength) { buffer in
            var length = 0
            for byte in prefix.utf8 {
                buffer[length] = byte
                length += 1
            }
            buffer[length] = UInt8(ascii: "-")
            length += 1
            length += Self.writeBase36(value, into: UnsafeMutableBufferPointer(rebasing: buffer[length...]))
            body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[..<length])))
        }
    }

    /// Writes `value` in base 36 (`String(value, radix: 36)`'s digits) at the start of `buffer`; its length.
    private static func writeBase36(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var digits = 1
        var rest = value / 36
        while rest > 0 {
            digits += 1
            rest /= 36
        }
        rest = value
        for index in stride(from: digits - 1, through: 0, by: -1) {
            buffer[index] = HexText.digit(UInt8(truncatingIfNeeded: rest % 36))
            rest /= 36
        }
        return digits
    }
}
