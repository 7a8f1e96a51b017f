import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NewsdeskCore

/// The admin's session cookie: a random token the browser holds, stored in the database only as its hash.
enum SessionToken {
    /// The cookie's name.
    static let cookieName = "newsdesk_admin"
    /// How long a sign-in lasts.
    static let lifetime: TimeInterval = 14 * 24 * 3600

    /// 256 random bits, URL-safe.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return bytes.withUnsafeBytes { MessageSigner.base64URL($0) }
    }

    /// The hash the database keeps, in hex.
    static func hash(_ token: String) -> String {
        HexText.encode(SHA256.hash(data: Data(token.utf8)))
    }

    /// The cookie that signs a browser in: HttpOnly, SameSite=Lax, only sent to `/admin`, Secure over https.
    static func cookie(_ token: String, secure: Bool) -> Cookie {
        Cookie(
            name: cookieName, value: token, maxAge: Int(lifetime), path: "/admin", secure: secure, httpOnly: true,
            sameSite: .lax)
    }

    /// The cookie that signs a browser out.
    static func expiredCookie(secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: "/admin", secure: secure, httpOnly: true, sameSite: .lax)
    }
}
