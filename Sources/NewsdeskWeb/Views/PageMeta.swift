/// What every page's `<head>` needs.
struct PageMeta: Sendable {
    /// The `<title>`.
    let title: String
    /// The meta description, at most about 160 characters.
    let description: String
    /// The absolute canonical URL.
    let canonicalURL: String

    /// A description cut at a word boundary near `limit` characters, with an ellipsis when cut.
    static func summary(_ text: String, limit: Int = 160) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }
}
