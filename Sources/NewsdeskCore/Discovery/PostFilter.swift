import Foundation

/// Which published posts a listing shows: all of them, one label's, one period's, or one outlet's clips.
public enum PostFilter: Sendable, Equatable, Hashable {
    /// Every published post.
    case all
    /// Posts carrying this label (exact spelling).
    case label(String)
    /// Posts published in `[start, end)`: an archive year or month in the blog's time zone.
    case period(start: Date, end: Date)
    /// Posts clipping a story from this outlet (exact spelling).
    case outlet(String)
}
