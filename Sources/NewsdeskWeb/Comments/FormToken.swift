import Foundation
import NewsdeskCore

/// The comment form's signed token: which post, when the form was shown, and a single-use nonce.
///
/// Shape: `v1.<postID>.<issued ms>.<nonce>.<signature>`. The nonce is recorded when a comment is stored,
/// so a token works once, on every server sharing the database.
struct FormToken: Sendable {
    let signer: MessageSigner

    /// A fresh token for a form shown now.
    func issue(postID: Int64, at date: Date = Date()) -> String {
        signer.sign("v1.\(postID).\(date.millisecondsSince1970).\(MessageSigner.randomHex())")
    }

    /// Checks a submitted token; the nonce is returned with a valid one, to be consumed with the comment.
    func check(_ token: String?, postID: Int64, at date: Date = Date()) -> (FormTokenCheck, nonce: String?) {
        guard let token, !token.isEmpty else { return (.missing, nil) }
        guard let message = signer.verify(token) else { return (.forged, nil) }
        let parts = message.split(separator: ".")
        guard parts.count == 4, parts[0] == "v1", Int64(parts[1]) == postID, let issued = Int64(parts[2]) else {
            return (.forged, nil)
        }
        let age = date.timeIntervalSince(Date(millisecondsSince1970: issued))
        return (.valid(ageSeconds: age), String(parts[3]))
    }
}
