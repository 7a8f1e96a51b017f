import Foundation

/// A feed, whatever its format: the blog (or a label, a post's comments, an outlet) and its newest entries.
public struct FeedDocument: Sendable, Equatable {
    /// The feed's title: the blog's, or "Blog: Label".
    public var title: String
    /// A line under the title; empty for none.
    public var subtitle: String
    /// The HTML page the feed follows, absolute.
    public var pageURL: String
    /// The feed's own address, absolute.
    public var selfURL: String
    /// The next (older) page of the feed, when there is one.
    public var nextURL: String?
    /// The previous (newer) page of the feed, when this is not the first.
    public var previousURL: String?
    /// When the newest entry changed; the blog's start when there are none.
    public var updated: Date
    /// Who writes the blog, for entries without an author.
    public var authorName: String
    /// The entries, newest first.
    public var entries: [FeedEntry]
    /// The blog's time zone, for dates with the blog's offset.
    public var timeZone: TimeZone

    /// Creates a feed.
    public init(
        title: String, subtitle: String, pageURL: String, selfURL: String, nextURL: String? = nil,
        previousURL: String? = nil, updated: Date, authorName: String, entries: [FeedEntry], timeZone: TimeZone
    ) {
        self.title = title
        self.subtitle = subtitle
        self.pageURL = pageURL
        self.selfURL = selfURL
        self.nextURL = nextURL
        self.previousURL = previousURL
        self.updated = updated
        self.authorName = authorName
        self.entries = entries
        self.timeZone = timeZone
    }
}
