import Crypto
import Foundation

/// Signs short texts with the blog's secret (HMAC-SHA256), for form tokens and the anonymous-identity cookie.
struct MessageSigner: Sendable {
    private let key: SymmetricKey

    /// A signer keyed with the blog's shared secret, so every server accepts what any server signed.
    init(secret: String) {
        key = SymmetricKey(data: Data(secret.utf8))
    }

    /// `message.signature`, the signature in URL-safe base64.
    func sign(_ message: String) -> String {
        message + "." + Self.base64URL(Data(HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: key)))
    }

    /// The message, when `signed` carries a valid signature of it; compared in constant time.
    func verify(_ signed: String) -> String? {
        guard let dot = signed.lastIndex(of: ".") else { return nil }
        let message = String(signed[..<dot])
        guard let signature = Self.data(base64URL: String(signed[signed.index(after: dot)...])) else { return nil }
        let valid = HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: Data(message.utf8), using: key)
        return valid ? message : nil
    }

    /// Random bytes as hex, for nonces and anonymous identities.
    static func randomHex(bytes: Int = 16) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64URL text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
