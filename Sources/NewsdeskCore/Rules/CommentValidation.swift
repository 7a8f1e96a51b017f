import Foundation

/// The rules a submitted comment must meet before it is stored.
public enum CommentValidation {
    /// The longest body accepted, in characters (Blogger's limit is 4,096).
    public static let maximumBodyLength = 4096
    /// The longest name accepted, in characters.
    public static let maximumNameLength = 100

    /// A rule a submission broke, with the message shown to the commenter.
    public enum Failure: Error, Equatable, Sendable {
        case emptyBody
        case bodyTooLong(length: Int)
        case nameTooLong(length: Int)
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

    /// Browsers submit textarea line breaks as CRLF; store them as LF.
    static func normalizeLineBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
