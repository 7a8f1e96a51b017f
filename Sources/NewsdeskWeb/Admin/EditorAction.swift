import Foundation
import NewsdeskCore

/// What the editor's buttons ask for.
enum EditorAction: String, Sendable {
    /// Keep the post's state (a new post becomes a draft).
    case save
    /// Publish now (or at the time given, when it is in the past).
    case publish
    /// Publish at the time given, which must be in the future.
    case schedule
    /// Take a published or scheduled post back to draft.
    case unpublish
    /// Show the post as readers would see it, without saving.
    case preview
    /// Fetch the story at the source address and fill in the clipping, without saving.
    case fetch

    /// The state and publication time a post gets; a message for the editor when the action cannot be done.
    func placement(of post: Post, publishAt: Date?, now: Date = Date()) -> Result<(PostStatus, Date?), EditorError> {
        switch self {
        case .save, .preview, .fetch:
            return .success((post.id == nil ? .draft : post.status, publishAt ?? post.publishedAt))
        case .publish:
            if post.status == .published, publishAt == nil { return .success((.published, post.publishedAt ?? now)) }
            guard let publishAt, publishAt <= now.addingTimeInterval(60) else { return .success((.published, now)) }
            return .success((.published, publishAt))
        case .schedule:
            guard let publishAt else { return .failure(EditorError("Choose the date and time to publish at.")) }
            guard publishAt > now else {
                return .failure(EditorError("That time has passed: choose a later one, or press Publish now."))
            }
            return .success((.scheduled, publishAt))
        case .unpublish:
            return .success((.draft, post.publishedAt))
        }
    }
}

/// A message for the editor about a post that could not be saved as asked.
struct EditorError: Error, Equatable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
