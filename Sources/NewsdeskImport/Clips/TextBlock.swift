import NewsdeskCore

/// The text of a block and the links in it, with where each link sits in the text.
struct TextBlock {
    /// A link and its place in `raw`, in characters.
    struct Link {
        var href: String
        var text: String
        var start: Int
        var end: Int
        /// Whether the link is bold (`<b>`/`<strong>` or a bold `<span>` around or inside it).
        var isBold: Bool
    }

    /// The text as written, whitespace not yet collapsed.
    var raw = ""
    /// `raw.count`, kept as text is added.
    var length = 0
    var links: [Link] = []
    var inBlockquote = false

    /// The text with whitespace collapsed and trimmed.
    var text: String {
        PlainText.collapsingWhitespace(raw)
    }

    var isEmpty: Bool {
        links.isEmpty && raw.allSatisfy(\.isWhitespace)
    }

    /// The first link, when it is bold and nothing but whitespace comes before it: a clip's headline.
    var leadingBoldLink: Link? {
        guard let first = links.first, first.isBold, raw.prefix(first.start).allSatisfy(\.isWhitespace) else {
            return nil
        }
        return first
    }

    /// The text after `link`, collapsed.
    func text(after link: Link) -> String {
        PlainText.collapsingWhitespace(String(raw.dropFirst(link.end)))
    }

    /// The text before `link`, collapsed.
    func text(before link: Link) -> String {
        PlainText.collapsingWhitespace(String(raw.prefix(link.start)))
    }
}
