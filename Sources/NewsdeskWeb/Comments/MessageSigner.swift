import Crypto
import Foundation

/// Signs short texts with the blog's secret (HMAC-SHA256), for the sign-in form's token and the
/// anonymous-identity cookie. The comment form's token, made for every post page served, uses ``FormToken``.
struct MessageSigner: Sendable {
    private let key: SymmetricKey

    /// A signer keyed with the blog's shared secret, so every server accepts what any server signed.
    init(secret: String) {
        key = SymmetricKey(data: Data(secret.utf8))
    }

    /// `message.signature`, the signature in URL-safe base64.
    func sign(_ message: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Array(message.utf8), using: key)
        return message + "." + code.withUnsafeBytes { Self.base64URL($0) }
    }

    /// The message, when `signed` carries a valid signature of it; compared in constant time.
    func verify(_ signed: String) -> String? {
        guard let dot = signed.lastIndex(of: ".") else { return nil }
        let message = String(signed[..<dot])
        guard let signature = Self.data(base64URL: String(signed[signed.index(after: dot)...])) else { return nil }
        guard signature.count == SHA256.byteCount else { return nil }
        let valid = HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: Data(message.utf8), using: key)
        return valid ? message : nil
    }

    /// 128 random bits as 32 hex digits, for nonces and anonymous identities.
    ///
    /// NB: built by hand because a token is made for every post page served; `String(format:)` was a third
    /// of the page's cost.
    static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        let words = [generator.next(), generator.next()]
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 32)
        for (index, word) in words.enumerated() {
            for nibble in 0..<16 {
                bytes[index * 16 + nibble] = digits[Int((word >> (60 - 4 * UInt64(nibble))) & 0xf)]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// URL-safe base64 without padding (RFC 4648 §5).
    static func base64URL(_ bytes: UnsafeRawBufferPointer) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let remaining = bytes.count - index
            let chunk =
                UInt32(bytes[index]) << 16 | (remaining > 1 ? UInt32(bytes[index + 1]) << 8 : 0)
                | (remaining > 2 ? UInt32(bytes[index + 2]) : 0)
            let count = min(remaining, 3) + 1
            for position in 0..<count {
                output.append(alphabet[Int((chunk >> (18 - 6 * UInt32(position))) & 0x3f)])
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func data(base64URL text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
