/// The raw fields of one `<wp:comment>`.
struct WordPressComment {
    /// `wp:comment_*` fields by local name without the `comment_` prefix (`id`, `author`, `approved`, …).
    var fields: [String: String] = [:]
    /// The body exactly as exported.
    var content = ""

    subscript(field: String) -> String? {
        fields[field]
    }
}
