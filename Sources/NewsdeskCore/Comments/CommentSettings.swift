/// How the blog takes comments: who is held for moderation and which spam rules apply.
///
/// Every rule can be switched off or tuned; the defaults follow what Blogger and WordPress do.
public struct CommentSettings: Sendable, Equatable, Codable {
    /// Which new comments wait for the editor.
    public var moderation: ModerationPolicy = .publishImmediately
    /// Refuse submissions that fill the hidden field people never see.
    public var honeypot = true
    /// Require the signed form token (render time, single use).
    public var requireFormToken = true
    /// A submission sooner than this after the form was shown is refused (bots are fast).
    public var minimumSecondsToSubmit = 2
    /// A form older than this is refused (stale or harvested tokens).
    public var maximumFormAgeSeconds = 86_400
    /// Comments one address may post per minute; 0 switches the limit off.
    public var ratePerMinute = 5
    /// Comments one address may post per day; 0 switches the limit off.
    public var ratePerDay = 50
    /// More links than this holds the comment for moderation.
    public var maximumLinks = 2
    /// The same text on the same post within this many seconds is refused as a duplicate; 0 switches it off.
    public var duplicateWindowSeconds = 86_400
    /// Words (case-insensitive) that get a comment refused.
    public var blockedWords: [String] = []
    /// Client addresses, or prefixes such as `203.0.113.`, whose comments are refused.
    public var blockedAddresses: [String] = []
    /// Where a JSON POST goes for each new comment; `nil` sends nothing.
    public var webhookURL: String?

    /// The defaults.
    public init() {}
}

/// Which new comments are held for the editor's approval.
public enum ModerationPolicy: String, Sendable, Codable, CaseIterable {
    /// Publish every comment that passes the spam rules.
    case publishImmediately = "publish"
    /// Hold comments with links, and comments from people who have no published comment yet.
    case holdLinksOrFirstTime = "hold-links-or-new"
    /// Hold every comment.
    case holdAll = "hold-all"
}

/// Whether a post takes comments.
public enum CommentMode: String, Sendable, Codable, CaseIterable {
    /// Comments are shown and new ones taken.
    case open
    /// Comments are shown; no new ones.
    case closed
    /// Comments are neither shown nor taken.
    case hidden
}

extension CommentSettings {
    // NB: decoding field by field with defaults lets settings saved by an older version load unchanged.
    enum CodingKeys: String, CodingKey {
        case moderation, honeypot, requireFormToken, minimumSecondsToSubmit, maximumFormAgeSeconds, ratePerMinute
        case ratePerDay, maximumLinks, duplicateWindowSeconds, blockedWords, blockedAddresses, webhookURL
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = CommentSettings()
        moderation = try container.decodeIfPresent(ModerationPolicy.self, forKey: .moderation) ?? defaults.moderation
        honeypot = try container.decodeIfPresent(Bool.self, forKey: .honeypot) ?? defaults.honeypot
        requireFormToken =
            try container.decodeIfPresent(Bool.self, forKey: .requireFormToken) ?? defaults.requireFormToken
        minimumSecondsToSubmit =
            try container.decodeIfPresent(Int.self, forKey: .minimumSecondsToSubmit) ?? defaults.minimumSecondsToSubmit
        maximumFormAgeSeconds =
            try container.decodeIfPresent(Int.self, forKey: .maximumFormAgeSeconds) ?? defaults.maximumFormAgeSeconds
        ratePerMinute = try container.decodeIfPresent(Int.self, forKey: .ratePerMinute) ?? defaults.ratePerMinute
        ratePerDay = try container.decodeIfPresent(Int.self, forKey: .ratePerDay) ?? defaults.ratePerDay
        maximumLinks = try container.decodeIfPresent(Int.self, forKey: .maximumLinks) ?? defaults.maximumLinks
        duplicateWindowSeconds =
            try container.decodeIfPresent(Int.self, forKey: .duplicateWindowSeconds) ?? defaults.duplicateWindowSeconds
        blockedWords = try container.decodeIfPresent([String].self, forKey: .blockedWords) ?? []
        blockedAddresses = try container.decodeIfPresent([String].self, forKey: .blockedAddresses) ?? []
        webhookURL = try container.decodeIfPresent(String.self, forKey: .webhookURL)
    }
}
