/// The raw fields of one `<item>` and its comments, as collected while it is parsed.
struct WordPressItem {
    var title = ""
    var link = ""
    var pubDate = ""
    var creator = ""
    var guid = ""
    var content = ""
    var excerpt = ""
    /// `wp:` fields by local name (`post_id`, `status`, …); the first of a repeated field wins, as in
    /// WordPress's own importer.
    var fields: [String: String] = [:]
    /// `<category domain="…" nicename="…">name</category>`, in order.
    var categories: [(domain: String?, nicename: String?, name: String)] = []
    var comments: [WordPressComment] = []

    subscript(field: String) -> String? {
        fields[field]
    }

    mutating func set(_ field: String, _ value: String) {
        if fields[field] == nil { fields[field] = value }
    }
}
