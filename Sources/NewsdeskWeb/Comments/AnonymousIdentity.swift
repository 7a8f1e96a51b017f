import Foundation
import Hummingbird

/// A signed cookie that tells one anonymous commenter's comments apart from another's ("Anonymous 2").
struct AnonymousIdentity: Sendable {
    static let cookieName = "nd_anon"
    let signer: MessageSigner

    /// The identity the request carries, if its signature is valid.
    func identity(in request: Request) -> String? {
        guard let value = request.cookies[Self.cookieName]?.value else { return nil }
        return signer.verify(value)
    }

    /// A new identity and the cookie that keeps it for a year (HttpOnly, SameSite=Lax).
    func newIdentity(secure: Bool) -> (identity: String, cookie: Cookie) {
        let identity = MessageSigner.randomHex()
        let cookie = Cookie(
            name: Self.cookieName, value: signer.sign(identity), maxAge: 365 * 86_400, path: "/", secure: secure,
            httpOnly: true, sameSite: .lax)
        return (identity, cookie)
    }
}
