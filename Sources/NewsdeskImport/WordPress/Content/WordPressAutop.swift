import Foundation

/// A port of WordPress's `wpautop()` (wp-includes/formatting.php): blank lines become paragraphs, single line
/// breaks `<br />`, block elements are left as blocks, and `<pre>`, `<script>`, `<style>` and `<svg>` keep
/// their line breaks. Classic-editor posts are stored without paragraphs and WordPress adds them only when it
/// shows a post; an import adds them once, so the stored HTML is what readers saw.
///
/// The steps and their order are WordPress's, regular expression for regular expression, so WordPress's own
/// test cases hold. Where a PHP pattern could take quadratic time on hostile input (`\s*x` tried at every
/// position of a long run of spaces) the port starts the match only where a run starts, which finds the same
/// matches; the scans PHP does with `wp_html_split()` and `preg_replace_callback()` are plain loops here.
enum WordPressAutop {
    /// The block elements, as WordPress lists them in `$allblocks`.
    static let blocks =
        "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote"
        + "|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure"
        + "|figcaption|details|menu|summary)"
    /// PCRE's `\s` (ICU's also takes Unicode spaces, which PHP without `/u` does not).
    static let space = #"[ \t\n\x0B\f\r]"#
    /// "Not inside a run of spaces" (or just where the last match ended, which may be inside one): the start
    /// of `\s*x` matches is moved to where PCRE would have found them.
    static let runStart = #"(?:\G|(?<![ \t\n\x0B\f\r]))"#

    /// `wpautop($text, $br)`.
    static func apply(_ input: String, br: Bool = true) -> String {
        guard !input.unicodeScalars.allSatisfy({ " \t\n\r\0\u{0B}".unicodeScalars.contains($0) }) else { return "" }
        var text = input + "\n"
        var preTags: [String: String] = [:]
        if text.contains("<pre") { (text, preTags) = protectPre(text) }
        for rule in Rules.spacing { text = rule.apply(text) }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        text = newlinesInTags(text)
        if text.contains("<option") { text = Rules.option.reduce(text) { $1.apply($0) } }
        if text.contains("</object>") { text = Rules.object.reduce(text) { $1.apply($0) } }
        if text.contains("<source") || text.contains("<track") { text = Rules.media.reduce(text) { $1.apply($0) } }
        if text.contains("<figcaption") { text = Rules.figcaption.reduce(text) { $1.apply($0) } }
        text = Rules.manyBreaks.apply(text)
        text = paragraphs(text)
        for rule in Rules.unwrap { text = rule.apply(text) }
        text = text.replacingOccurrences(of: "</blockquote></p>", with: "</p></blockquote>")
        for rule in Rules.unwrapEdges { text = rule.apply(text) }
        if br {
            text = preserveNewlines(text)
            text = text.replacingOccurrences(of: "<br>", with: "<br />").replacingOccurrences(
                of: "<br/>", with: "<br />")
            text = Rules.lineBreak.apply(text)
            text = text.replacingOccurrences(of: "<WPPreserveNewline />", with: "\n")
        }
        for rule in Rules.tidyBreaks { text = rule.apply(text) }
        if !preTags.isEmpty { text = restorePre(text, preTags) }
        if text.contains("<!-- wpnl -->") {
            text = text.replacingOccurrences(of: " <!-- wpnl --> ", with: "\n")
                .replacingOccurrences(of: "<!-- wpnl -->", with: "\n")
        }
        return text
    }

    /// Splits on blank lines and wraps every piece in `<p>`, as the `preg_split` and loop in `wpautop` do.
    private static func paragraphs(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 64)
        var start = text.startIndex
        func add(_ piece: Substring) {
            guard !piece.isEmpty else { return }
            result += "<p>"
            result += piece.trimmingNewlines
            result += "</p>\n"
        }
        for match in Rules.blankLine.regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            add(text[start..<range.lowerBound])
            start = range.upperBound
        }
        add(text[start...])
        return result
    }
}

extension Substring {
    /// PHP's `trim($s, "\n")`.
    fileprivate var trimmingNewlines: Substring {
        var piece = self
        while piece.first == "\n" { piece = piece.dropFirst() }
        while piece.last == "\n" { piece = piece.dropLast() }
        return piece
    }
}
