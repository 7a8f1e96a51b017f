/// Plain text from the bits of HTML exports use for titles and names.
public enum PlainText {
    /// `html` without its tags, references decoded, runs of whitespace as one space, trimmed:
    /// `Title <em>With</em> Markup` → "Title With Markup", `Ping &laquo; What&#8217;s` → "Ping « What’s".
    public static func fromHTML(_ html: String) -> String {
        guard html.contains(where: { $0 == "<" || $0 == "&" }) else { return collapsingWhitespace(html) }
        var text = ""
        for token in HTMLTokenizer.tokens(html) {
            if case .text(let piece) = token { text += piece }
        }
        return collapsingWhitespace(text)
    }

    /// Runs of whitespace (no-break spaces included) as one space, trimmed.
    public static func collapsingWhitespace(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }
}
