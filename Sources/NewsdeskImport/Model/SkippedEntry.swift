/// Something in the export that was deliberately not imported, and why.
public struct SkippedEntry: Sendable, Equatable {
    /// What kind of thing it was, in the export's own words where it has them: `settings`, `template`,
    /// `attachment`, `nav_menu_item`, `post`, `page`, `comment`, `item`.
    public var kind: String
    /// The export's id for it (entry id, `wp:post_id`, `dsq:id`); empty when it had none.
    public var sourceID: String
    /// Its title, when it has one worth showing.
    public var title: String?
    /// Why it was not imported, for the import report ("Blogger setting", "in the trash").
    public var reason: String

    /// Creates a record of a skipped entry.
    public init(kind: String, sourceID: String, title: String? = nil, reason: String) {
        self.kind = kind
        self.sourceID = sourceID
        self.title = title
        self.reason = reason
    }
}
