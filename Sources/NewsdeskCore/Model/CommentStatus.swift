/// A comment's moderation state: only `published` comments are shown and counted.
public enum CommentStatus: String, Sendable, Codable, CaseIterable {
    /// Visible to readers.
    case published
    /// Held for the editor's decision.
    case pending
    /// Marked as spam; kept, never shown.
    case spam
    /// Removed by the editor; kept so it can be restored.
    case deleted
}
