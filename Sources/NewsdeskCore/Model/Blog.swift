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
    /// Moderation and spam rules for comments.
    public var comments: CommentSettings
    /// The public origin used in canonical links, e.g. `https://warnewsupdates.example`; empty means "the address served on".
    public var baseURL: String
    /// Where readers are sent for an archived copy of a clipped story that is gone: the Wayback Machine by
    /// default; empty for no archive (readers are only told the link no longer works).
    public var sourceArchiveBase: String
    /// Whether publishing a post asks the archive to save its source (off by default).
    public var savesSourcesToArchive: Bool

    /// Creates blog settings; every field has a sensible default for a new blog.
    public init(
        title: String = "My News Blog",
        description: String = "",
        editorName: String = "Editor",
        timeZoneIdentifier: String = "UTC",
        commentaryHeading: String = "My Comment:",
        postsPerPage: Int = 7,
        baseURL: String = "",
        comments: CommentSettings = CommentSettings(),
        sourceArchiveBase: String = SourceArchive.waybackBase,
        savesSourcesToArchive: Bool = false
    ) {
        self.title = title
        self.description = description
        self.editorName = editorName
        self.timeZoneIdentifier = timeZoneIdentifier
        self.commentaryHeading = commentaryHeading
        self.postsPerPage = postsPerPage
        self.baseURL = baseURL
        self.comments = comments
        self.sourceArchiveBase = sourceArchiveBase
        self.savesSourcesToArchive = savesSourcesToArchive
    }

    enum CodingKeys: String, CodingKey {
        case title, description, editorName, timeZoneIdentifier, commentaryHeading, postsPerPage, baseURL, comments
        case sourceArchiveBase, savesSourcesToArchive
    }

    /// Decodes stored settings; fields added in later versions fall back to their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Blog()
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? defaults.title
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? defaults.description
        editorName = try container.decodeIfPresent(String.self, forKey: .editorName) ?? defaults.editorName
        timeZoneIdentifier =
            try container.decodeIfPresent(String.self, forKey: .timeZoneIdentifier) ?? defaults.timeZoneIdentifier
        commentaryHeading =
            try container.decodeIfPresent(String.self, forKey: .commentaryHeading) ?? defaults.commentaryHeading
        postsPerPage = try container.decodeIfPresent(Int.self, forKey: .postsPerPage) ?? defaults.postsPerPage
        baseURL = try container.decodeIfPresent(String.self, forKey: .baseURL) ?? defaults.baseURL
        comments = try container.decodeIfPresent(CommentSettings.self, forKey: .comments) ?? defaults.comments
        sourceArchiveBase =
            try container.decodeIfPresent(String.self, forKey: .sourceArchiveBase) ?? defaults.sourceArchiveBase
        savesSourcesToArchive =
            try container.decodeIfPresent(Bool.self, forKey: .savesSourcesToArchive) ?? defaults.savesSourcesToArchive
    }

    /// The archive readers are sent to for gone sources.
    public var sourceArchive: SourceArchive { SourceArchive(base: sourceArchiveBase) }

    /// The blog's time zone; an unknown identifier falls back to UTC rather than failing a page.
    public var timeZone: TimeZone {
        TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0)!
    }
}
