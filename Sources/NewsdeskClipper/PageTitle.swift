import NewsdeskCore

/// Reads a page's `<title>` from the first bytes of its body, for the source checker: an outlet's "not found"
/// page served with 200 (a soft 404) is told apart from the story by its title.
enum PageTitle {
    /// The first non-empty `<title>` in the head of `bytes`, entities decoded and whitespace collapsed; `nil`
    /// when there is none. The text is decoded by the charset `contentType` or the page declares. A title
    /// cut off where the read stopped still counts, as far as it goes.
    static func read(_ bytes: [UInt8], contentType: String?) -> String? {
        var tokenizer = HTMLTokenizer(ClipCharset.decode(bytes, contentType: contentType))
        var text: String?
        while let token = tokenizer.next() {
            switch token {
            case .start("title", _, selfClosing: false):
                text = ""
            case .text(let part):
                text? += part
            case .end("title"):
                if let title = collapsed(text) { return title }
                text = nil
            case .start("body", _, _), .start("svg", _, _):
                // A title after these belongs to a drawing or to the story's text, not to the page.
                return collapsed(text)
            case .start, .end:
                break
            }
        }
        return collapsed(text)
    }

    private static func collapsed(_ text: String?) -> String? {
        guard let text else { return nil }
        let title = PlainText.collapsingWhitespace(text)
        return title.isEmpty ? nil : title
    }
}
