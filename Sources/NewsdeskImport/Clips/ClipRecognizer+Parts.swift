import NewsdeskCore

extension ClipRecognizer {
    /// A clip's headline line: the story's link and title, and the outlet named after the dash.
    struct Headline {
        var url: String
        var text: String
        var outlet: String
    }

    /// The dashes that separate headline and outlet: `--`, em dash, en dash, horizontal bar, and a lone `-`.
    private static let dashes = ["--", "\u{2014}", "\u{2013}", "\u{2015}", "-"]

    /// The headline in `block`: a leading bold link followed by a dash and the outlet's name.
    static func headline(in block: TextBlock) -> Headline? {
        guard let link = block.leadingBoldLink, !link.href.isEmpty else { return nil }
        let title = PlainText.collapsingWhitespace(link.text)
        let rest = block.text(after: link)
        guard !title.isEmpty, let dash = dashes.first(where: { rest.hasPrefix($0) }) else { return nil }
        let outlet = PlainText.collapsingWhitespace(String(rest.dropFirst(dash.count)))
        // An outlet is a name, not a sentence: short, and the lone hyphen only when spaced (" - Reuters").
        guard !outlet.isEmpty, outlet.count <= 80, dash != "-" || rest.hasPrefix("- ") else { return nil }
        return Headline(url: link.href, text: title, outlet: outlet)
    }

    /// An excerpt paragraph, without a "Read more" link that ends it; `true` when that link was there.
    static func excerptParagraph(_ block: TextBlock) -> (text: String, endsWithReadMore: Bool) {
        guard let last = block.links.last, isReadMore(last.text),
            block.text(after: last).isEmpty
        else { return (block.text, false) }
        return (block.text(before: last), true)
    }

    /// "Read more ....", "Read More…", "read more here".
    private static func isReadMore(_ text: String) -> Bool {
        PlainText.collapsingWhitespace(text).lowercased().hasPrefix("read more")
    }
}
