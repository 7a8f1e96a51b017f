import Foundation

/// The blog's own settings: what the header shows and how dates and commentary are presented.
public struct Blog: Sendable, Equatable, Codable {
    /// The blog's name, shown in the header and in every page title.
    public var title: String
    /// One line under the title, also the front page's meta description.
    public var description: String
    /// The name the editor's own comments and posts are shown under ("War News Updates Editor").
    public var editorName: String
    /// An IANA time-zone identifier; permalinks and date headers use it.
    public var timeZoneIdentifier: String
    /// The heading that opens the editor's commentary ("My Comment:").
    public var commentaryHeading: String
    /// How many posts the front page shows before "Older Posts".
    public var postsPerPage: Int
    /// The public origin used in canonical links, e.g. `https://warnewsupdates.example`; empty means "the address served on".
    public var baseURL: String

    /// Creates blog settings; every field has a sensible default for a new blog.
    public init(
        title: String = "My News Blog",
        description: String = "",
        editorName: String = "Editor",
        timeZoneIdentifier: String = "UTC",
        commentaryHeading: String = "My Comment:",
        postsPerPage: Int = 7,
        baseURL: String = ""
    ) {
        self.title = title
        self.description = description
        self.editorName = editorName
        self.timeZoneIdentifier = timeZoneIdentifier
        self.commentaryHeading = commentaryHeading
        self.postsPerPage = postsPerPage
        self.baseURL = baseURL
    }

    /// The blog's time zone; an unknown identifier falls back to UTC rather than failing a page.
    public var timeZone: TimeZone {
        TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0)!
    }
}
