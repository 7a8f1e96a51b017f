/// Where a post is in its life: only `published` posts are shown to readers.
public enum PostStatus: String, Sendable, Codable, CaseIterable {
    /// Being written; private to the editors.
    case draft
    /// Waiting for its publication time.
    case scheduled
    /// Visible to readers.
    case published
    /// Published on the old platform but not public there (WordPress's private posts); kept, never shown.
    case `private`
    /// Moved to the trash by an editor: never shown, restorable to the state it had.
    case trashed
}
