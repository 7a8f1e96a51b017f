import Crypto
import Foundation
import NewsdeskCore

/// The secret of an API token: `nd_` and 256 random bits in base64url, shown once and stored only as a hash.
///
/// The hash is plain SHA-256, not bcrypt as for passwords: bcrypt's slowness is there to make guessing a
/// password a person chose expensive, and nobody can guess 256 random bits, slowly or fast. A fast hash lets
/// every API request be checked with one indexed lookup instead of a quarter-second of work.
public enum APITokenSecret {
    /// What every secret starts with, so that a secret pasted in the wrong place (a public repository, a log)
    /// is recognised by people and by secret scanners.
    public static let prefix = "nd_"

    /// The number of random bytes.
    static let byteCount = 32

    /// The length of a secret: the prefix and 43 base64url characters (256 bits, unpadded).
    static let length = prefix.count + (byteCount * 4 + 2) / 3

    /// A new secret.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<byteCount).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return prefix + bytes.withUnsafeBytes { MessageSigner.base64URL($0) }
    }

    /// What the database keeps of `secret`: its SHA-256, in hex.
    public static func hash(_ secret: String) -> String {
        HexText.encode(SHA256.hash(data: Data(secret.utf8)))
    }

    /// Whether `text` could be a secret at all; anything else is refused without asking the database.
    static func isWellFormed(_ text: String) -> Bool {
        text.utf8.count == length && text.hasPrefix(prefix)
            && text.utf8.dropFirst(prefix.utf8.count).allSatisfy { byte in
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
    }
}
