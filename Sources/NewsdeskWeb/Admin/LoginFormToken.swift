import Foundation
import NewsdeskCore

/// The sign-in form's own CSRF token (there is no session yet to hold one): a signed time, good for a day,
/// so another site cannot sign a browser in to an attacker's account.
struct LoginFormToken: Sendable {
    let signer: MessageSigner
    /// How long a sign-in form stays usable.
    static let lifetime: TimeInterval = 24 * 3600

    /// A token for a form shown now.
    func issue(at now: Date = Date()) -> String {
        signer.sign("admin-login.\(now.millisecondsSince1970)")
    }

    /// Whether `token` was issued by this blog less than a day ago.
    func isValid(_ token: String?, at now: Date = Date()) -> Bool {
        guard let token, let message = signer.verify(token), message.hasPrefix("admin-login."),
            let issued = Int64(message.dropFirst("admin-login.".count))
        else { return false }
        // In whole milliseconds, as issued: a form sent back within half a millisecond of being shown (the
        // issue time rounded up) is not from the future.
        let (age, overflow) = now.millisecondsSince1970.subtractingReportingOverflow(issued)
        return !overflow && age >= 0 && Double(age) < Self.lifetime * 1000
    }
}
