/// The raw fields of one `<entry>`, as collected while it is parsed; `BloggerFeedHandler` turns it into a
/// post, page or comment when the entry closes.
struct BloggerEntry {
    /// What an entry is, from the classic `kind` category or Takeout's `blogger:type`.
    enum Kind: Equatable {
        case post
        case page
        case comment
        case settings
        case template
        case other(String)
    }

    var id = ""
    var kindTerm: String?
    var published: String?
    var updated: String?
    var title = ""
    var titleType = "text"
    var content = ""
    var contentType = "text"
    var labels: [String] = []
    var alternateURL: String?
    /// Classic exports link a reply to its parent comment's feed address with `rel="related"`.
    var relatedURL: String?
    /// Classic exports' `thr:in-reply-to ref`: the post commented on.
    var inReplyToRef: String?
    var authorName = ""
    var authorURI = ""
    var authorEmail = ""
    var isDraft = false
    /// Classic exports mark comments removed by their author or the blog's admin.
    var contentRemoved = false
    var takeout = TakeoutFields()

    /// The `blogger:` elements of a Takeout entry.
    struct TakeoutFields {
        var type: String?
        var status: String?
        var parent: String?
        var inReplyTo: String?
        var filename: String?
        var trashed: String?
        var created: String?
        var authorType: String?
    }

    var isTakeout: Bool {
        takeout.type != nil
    }

    var kind: Kind {
        if let type = takeout.type {
            switch type.uppercased() {
            case "POST": return .post
            case "PAGE": return .page
            case "COMMENT": return .comment
            default: return .other(type)
            }
        }
        guard let term = kindTerm, let hash = term.lastIndex(of: "#") else { return .other(kindTerm ?? "") }
        switch term[term.index(after: hash)...] {
        case "post": return .post
        case "page": return .page
        case "comment": return .comment
        case "settings": return .settings
        case "template": return .template
        case let other: return .other(String(other))
        }
    }
}
