import Foundation

/// The sign-in address rules: trimmed, lowercased, one `@` with something on each side and a dot in the domain.
///
/// Deliberately loose (RFC 5322 allows far more than any mail system accepts); it only has to catch typing
/// mistakes, since nothing is ever mailed to the address by Newsdesk.
public enum EmailAddress {
    /// The longest address accepted (RFC 5321's limit on a path).
    public static let maximumLength = 254

    /// The normalised address, or `nil` when `text` is not one.
    public static func normalized(_ text: String) -> String? {
        let address = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard address.count <= maximumLength, !address.contains(where: { $0.isWhitespace || $0.isNewline }) else {
            return nil
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        let domain = parts[1]
        guard domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains("..") else {
            return nil
        }
        return address
    }
}
