extension PostHTML {
    /// The plain text a search indexes beside a post's title, clipping and commentary: what a reader sees of
    /// its photo (caption and alternative text) and of its free HTML (the text, and each image's `alt`), with
    /// references decoded and a space wherever a block or a line break parts words. The body comes first, as
    /// an untitled post is listed by the start of this text.
    public static func searchText(image: PostImage?, bodyHTML: String) -> String {
        var text = ""
        if bodyHTML.contains(where: { $0 == "<" || $0 == "&" }) {
            for token in HTMLTokenizer.tokens(bodyHTML) {
                switch token {
                case .text(let piece): text += piece
                case .start(let name, let attributes, _):
                    if name == "img", let alt = attributes["alt"] { text += " " + alt + " " }
                    if !inlineElements.contains(name) { text += " " }
                case .end(let name):
                    if !inlineElements.contains(name) { text += " " }
                }
            }
        } else {
            text += bodyHTML
        }
        if let image {
            text += " " + image.caption
            if image.altText != image.caption { text += " " + image.altText }
        }
        return PlainText.collapsingWhitespace(text)
    }

    /// Elements inside a word's run of text: `<b>Bei</b>jing` is one word, `<p>Beijing</p><p>said</p>` two.
    private static let inlineElements: Set<String> = [
        "a", "abbr", "b", "cite", "code", "del", "em", "font", "i", "ins", "mark", "q", "s", "small", "span",
        "strike", "strong", "sub", "sup", "u",
    ]
}
