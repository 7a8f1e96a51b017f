import Foundation

/// The rules a submitted comment must meet before it is stored: every rule on what a commenter types (name,
/// body, web address: lengths, control characters) and on what a reply may answer. The web form, the admin's
/// reply and the rendering of stored comments all ask here.
public enum CommentValidation {
    /// The longest body accepted, in characters (Blogger's limit is 4,096).
    public static let maximumBodyLength = 4096
    /// The longest name accepted, in characters.
    public static let maximumNameLength = 100
    /// The longest web address accepted, in characters.
    public static let maximumWebAddressLength = 300

    /// A submission that met the rules, trimmed.
    public struct Cleaned: Equatable, Sendable {
        public let name: String
        public let body: String
        /// The commenter's web address; `nil` when none was given.
        public let webAddress: String?
    }

    /// A rule a submission broke, with the message shown to the commenter.
    public enum Failure: Error, Equatable, Sendable {
        case emptyBody
        case bodyTooLong(length: Int)
        case nameTooLong(length: Int)
        /// Not an http or https address, or longer than ``maximumWebAddressLength``.
        case unsafeWebAddress
        /// The field (its label) holds NUL or another control character.
        case controlCharacter(field: String)

        /// What the commenter is told, next to what they typed.
        public var message: String {
            switch self {
            case .emptyBody:
                return "Please write a comment before publishing."
            case .bodyTooLong(let length):
                return "Your comment is \(length) characters long; the limit is \(maximumBodyLength). "
                    + "Please shorten it."
            case .nameTooLong:
                return "Please use a name of at most \(maximumNameLength) characters."
            case .unsafeWebAddress:
                return "Please give a web address that starts with http:// or https://, or leave it empty."
            case .controlCharacter(let field):
                return TextInput.controlCharacterMessage(field)
            }
        }
    }

    /// Trims the name and body and checks them; returns the cleaned values or the first failure. Bidirectional
    /// controls are taken out of the name, so that it cannot display as someone else's.
    public static func validate(name: String, body: String) -> Result<(name: String, body: String), Failure> {
        if TextInput.hasControlCharacter(name) { return .failure(.controlCharacter(field: "name")) }
        if TextInput.hasControlCharacter(body) { return .failure(.controlCharacter(field: "comment")) }
        let trimmedName = TextInput.withoutBidiControls(name).trimmingCharacters(in: .whitespacesAndNewlines)
        let trimmedBody = normalizeLineBreaks(body).trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmedBody.isEmpty { return .failure(.emptyBody) }
        if trimmedBody.count > maximumBodyLength { return .failure(.bodyTooLong(length: trimmedBody.count)) }
        if trimmedName.count > maximumNameLength { return .failure(.nameTooLong(length: trimmedName.count)) }
        return .success((trimmedName, trimmedBody))
    }

    /// ``validate(name:body:)``, and the web address: trimmed, empty meaning none, else a safe one within the
    /// length limit.
    public static func validate(name: String, body: String, webAddress: String) -> Result<Cleaned, Failure> {
        validate(name: name, body: body).flatMap { cleaned in
            if TextInput.hasControlCharacter(webAddress) { return .failure(.controlCharacter(field: "web address")) }
            let address = webAddress.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !address.isEmpty else {
                return .success(Cleaned(name: cleaned.name, body: cleaned.body, webAddress: nil))
            }
            guard isSafeWebAddress(address), address.count <= maximumWebAddressLength else {
                return .failure(.unsafeWebAddress)
            }
            return .success(Cleaned(name: cleaned.name, body: cleaned.body, webAddress: address))
        }
    }

    /// Whether `text` may become a link under a commenter's name: http or https only, with nothing that could
    /// end an attribute. Stored comments (imports included) are shown with a link only when it is.
    public static func isSafeWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return false }
        return !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    /// Whether a reply on post `postID` may answer `parent`: a published comment on the same post. A reply to
    /// anything else is taken as a comment that stands alone.
    public static func canReply(to parent: Comment?, onPost postID: Int64?) -> Bool {
        guard let parent, let postID else { return false }
        return parent.postID == postID && parent.status == .published
    }

    /// Browsers submit textarea line breaks as CRLF; store them as LF.
    static func normalizeLineBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
