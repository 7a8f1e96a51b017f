/// What an API token may do. Every scope may read; `write` adds posts and media, `moderate` adds comments.
///
/// The two writing scopes are kept apart on purpose: a posting app on a phone needs no power over comments,
/// and a moderation tool none over posts.
public enum APIScope: String, Sendable, Codable, CaseIterable {
    /// Reading what the token's user may see in the admin.
    case read
    /// Reading, and creating, editing and publishing posts and uploading media.
    case write
    /// Reading, and moderating comments.
    case moderate

    /// Whether a token with this scope may do what `needed` stands for.
    public func allows(_ needed: APIScope) -> Bool {
        needed == .read || needed == self
    }

    /// A line saying what the scope allows, for the admin's form and the command line's help.
    public var summary: String {
        switch self {
        case .read: "read: only reads"
        case .write: "write: reads, and writes posts and media"
        case .moderate: "moderate: reads, and moderates comments"
        }
    }
}
