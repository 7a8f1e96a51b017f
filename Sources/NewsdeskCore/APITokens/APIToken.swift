import Foundation

/// A named key a program uses to call the Admin API as one user, within a scope.
///
/// The secret itself is never stored: only its hash, so a copy of the database lets no one in, and the secret
/// is shown once, when the token is made.
public struct APIToken: Sendable, Equatable, Codable {
    /// The database id.
    public var id: Int64
    /// What the editor called it ("Phone", "Newsletter").
    public var name: String
    /// What it may do.
    public var scope: APIScope
    /// The user it acts as: what that user may do, it may do, within its scope.
    public var userID: Int64
    /// When it was made.
    public var createdAt: Date
    /// When it was last used, to the minute; `nil` when never.
    public var lastUsedAt: Date?
    /// When it was revoked; `nil` while it works.
    public var revokedAt: Date?

    /// Creates a token record.
    public init(
        id: Int64, name: String, scope: APIScope, userID: Int64, createdAt: Date, lastUsedAt: Date? = nil,
        revokedAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.scope = scope
        self.userID = userID
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }

    /// Whether it has been revoked.
    public var isRevoked: Bool { revokedAt != nil }

    /// The longest name accepted, in characters.
    public static let maximumNameLength = 100

    /// How often a token's last use is written down: at most once in this many seconds, so that a busy token
    /// costs a write a minute, not one a request.
    public static let lastUseResolution: TimeInterval = 60

    /// `name` as stored: without surrounding white space and bidirectional controls.
    public static func normalizedName(_ name: String) -> String {
        TextInput.withoutBidiControls(name).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What is wrong with `name` (already normalised), as a sentence; `nil` when it will do.
    public static func nameProblem(_ name: String) -> String? {
        if TextInput.hasControlCharacter(name) { return TextInput.controlCharacterMessage("token's name") }
        // Lists show one token a line, its fields apart by tabs.
        if name.contains(where: { $0.isNewline || $0 == "\t" }) {
            return "Keep the token's name on one line, without tabs."
        }
        if name.isEmpty { return "Give the token a name, such as the app that will use it." }
        if name.count > maximumNameLength {
            return "The token's name is \(name.count) characters long; keep it to \(maximumNameLength)."
        }
        return nil
    }
}
