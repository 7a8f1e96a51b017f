import Foundation
import NewsdeskCore

/// Normalises the names and addresses exports give for authors and commenters.
enum PersonName {
    /// The name as plain text; empty for an anonymous commenter (exports write "Anonymous" or nothing).
    static func commenter(_ name: String) -> String {
        let text = PlainText.fromHTML(name)
        return text.caseInsensitiveCompare("Anonymous") == .orderedSame ? "" : text
    }

    /// A web address, or nil for none (WordPress writes a bare `http://` for "no address").
    static func url(_ text: String) -> String? {
        let trimmed = text.trimmingXMLSpace
        guard !trimmed.isEmpty, trimmed != "http://", trimmed != "https://" else { return nil }
        return trimmed
    }

    /// An e-mail address, or nil for none or Blogger's `noreply@blogger.com` placeholder.
    static func email(_ text: String) -> String? {
        let trimmed = text.trimmingXMLSpace
        guard !trimmed.isEmpty, trimmed.contains("@"), trimmed.lowercased() != "noreply@blogger.com" else {
            return nil
        }
        return trimmed
    }

    /// A label for a person: nil when empty.
    static func nonEmpty(_ text: String) -> String? {
        let trimmed = PlainText.collapsingWhitespace(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
