/// Where a post is in its life: only `published` posts are shown to readers.
public enum PostStatus: String, Sendable, Codable, CaseIterable {
    /// Being written; private to the editors.
    case draft
    /// Waiting for its publication time.
    case scheduled
    /// Visible to readers.
    case published
}
