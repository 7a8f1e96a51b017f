extension SanitizedHTMLCheck {
    /// The only tags the sanitiser writes besides a link's start tag, byte for byte.
    private static let exactTags = [
        "<b>", "</b>", "<i>", "</i>", "<em>", "</em>", "<strong>", "</strong>", "<code>", "</code>",
        "<blockquote>", "</blockquote>", "</a>", "<br>\n",
    ].map { Array($0.unicodeScalars) }
    /// The only character references it writes.
    private static let escapes = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].map { Array($0.unicodeScalars) }
    private static let linkOpening = Array("<a href=\"".unicodeScalars)
    private static let linkClosing = Array("\" rel=\"\(linkRelation)\">".unicodeScalars)

    /// Every `<` must start one of the exact tags, every `&` one of the five escapes, and `> " '` and
    /// control characters (but tab and newline) must not appear raw in text.
    static func lexicalViolations(in html: String) -> [String] {
        lexicalViolations(in: html) { rest in
            exactTags.first(where: { rest.starts(with: $0) })?.count ?? linkStartLength(rest)
        }
    }

    /// Every `<` must start a tag for which `tagLength` gives a length, every `&` one of the five escapes, and
    /// `> " '` and control characters (but tab and newline) must not appear raw in text.
    static func lexicalViolations(
        in html: String, tagLength: (ArraySlice<Unicode.Scalar>) -> Int?
    ) -> [String] {
        let scalars = Array(html.unicodeScalars)
        var found: [String] = []
        var index = 0
        while index < scalars.count {
            let rest = scalars[index...]
            let context = String(String.UnicodeScalarView(rest.prefix(60)))
            switch scalars[index] {
            case "<":
                if let length = tagLength(rest) {
                    index += length
                    continue
                }
                found.append("`<` that starts no allowed tag: \(context)")
            case "&":
                if let escape = escapes.first(where: { rest.starts(with: $0) }) {
                    index += escape.count
                    continue
                }
                found.append("`&` that is none of the five escapes: \(context)")
            case ">", "\"", "'":
                found.append("unescaped \(scalars[index]) in text: \(context)")
            case "\t", "\n":
                break
            case let scalar where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                found.append("control character U+\(String(scalar.value, radix: 16)) in text")
            default:
                break
            }
            index += 1
        }
        return found
    }

    /// The length of `<a href="…" rel="nofollow ugc noopener">` at the start of `rest`, where the href holds
    /// no `" < > '` and only the five escapes; nil when `rest` does not start with one.
    private static func linkStartLength(_ rest: ArraySlice<Unicode.Scalar>) -> Int? {
        guard rest.starts(with: linkOpening),
            let valueEnd = quotedValueEnd(in: rest, from: rest.startIndex + linkOpening.count),
            rest[valueEnd...].starts(with: linkClosing)
        else { return nil }
        return valueEnd + linkClosing.count - rest.startIndex
    }

    /// Where the attribute value starting at `start` ends (the index of its closing `"`), when it holds no
    /// `< > '` and only the five escapes; nil otherwise.
    static func quotedValueEnd(in rest: ArraySlice<Unicode.Scalar>, from start: Int) -> Int? {
        var index = start
        while index < rest.endIndex && rest[index] != "\"" {
            if "<>'".unicodeScalars.contains(rest[index]) { return nil }
            if rest[index] == "&" {
                guard let escape = escapes.first(where: { rest[index...].starts(with: $0) }) else { return nil }
                index += escape.count
            } else {
                index += 1
            }
        }
        return index < rest.endIndex ? index : nil
    }
}
