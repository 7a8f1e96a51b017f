/// What a password must be: long enough to resist guessing, short enough for bcrypt, which reads only the
/// first 72 bytes (a longer one would silently match any password sharing those bytes).
public enum PasswordRule {
    /// The fewest characters accepted.
    public static let minimumCharacters = 10
    /// The most UTF-8 bytes accepted.
    public static let maximumBytes = 72

    /// Why `password` is refused, or `nil` when it is acceptable.
    public static func problem(with password: String) -> String? {
        if password.count < minimumCharacters {
            return "The password must have at least \(minimumCharacters) characters."
        }
        if TextInput.hasControlCharacter(password) {
            // bcrypt stops at a NUL: "secret\0anything" would match every password starting "secret".
            return "The password cannot contain control characters such as NUL."
        }
        if password.utf8.count > maximumBytes {
            return "The password must be at most \(maximumBytes) bytes long (bcrypt ignores the rest)."
        }
        return nil
    }
}
