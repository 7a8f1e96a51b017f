/// Short plain-text summaries for meta descriptions, feeds and listings.
public enum TextSummary {
    /// `text` with whitespace runs as one space, cut at a word boundary near `limit` characters, with an
    /// ellipsis when cut.
    public static func cut(_ text: String, limit: Int = 160) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }

    /// What a post is about in plain text: the editor's summary, else the clip's first paragraph, else the
    /// commentary, else the free body's text, else the title.
    public static func of(_ post: Post, limit: Int = 160) -> String {
        first(
            of: [
                post.summary, post.clipping?.excerptParagraphs.first ?? "", post.commentary,
                PlainText.fromHTML(post.bodyHTML), post.title,
            ], limit: limit)
    }

    /// The first of `candidates` with more than white space, ``cut(_:limit:)``.
    public static func first(of candidates: [String], limit: Int = 160) -> String {
        cut(candidates.first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } ?? "", limit: limit)
    }
}
