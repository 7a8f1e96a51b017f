/// The kind of export a bundle was read from.
public enum ImportSource: String, Sendable, Equatable, CaseIterable {
    /// Blogger's classic Atom export (Settings › Back up content), posts, comments, settings and template.
    case blogger
    /// Blogger's Google Takeout export (`feed.atom`, namespace `http://schemas.google.com/blogger/2018`).
    case bloggerTakeout
    /// A WordPress eXtended RSS (WXR 1.0–1.2) export.
    case wordpress
    /// A Disqus comments export.
    case disqus

    /// The name used in messages ("not a Blogger export").
    public var displayName: String {
        switch self {
        case .blogger: "Blogger"
        case .bloggerTakeout: "Blogger Takeout"
        case .wordpress: "WordPress"
        case .disqus: "Disqus"
        }
    }
}
