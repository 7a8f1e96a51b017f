import NewsdeskCore
import PropertyBased
import Testing

@Suite("Comment HTML sanitiser: properties")
struct CommentSanitizerPropertyTests {
    /// Pieces of ordinary and hostile comments: allowed, refused and broken tags, attributes and event
    /// handlers, quotes, character references (valid, bogus, cut short), URLs and line breaks.
    static let markupPieces = [
        "<b>", "</b>", "<i>", "</i>", "<em>", "</EM>", "<strong>", "</strong>", "<code>", "</code>", "<blockquote>",
        "</blockquote>", "<a href=\"http://example.com/x\">", "<a href='mailto:a@b.example'>", "<A HREF=https://e.x>",
        "<a href=\"javascript:alert(1)\">", "<a href=jav&#x09;ascript:alert(1)>", "<a href=\"&#106;avascript:x\">",
        "<a href=\"data:text/html,x\">", "<a>", "</a>", "<br>", "<br/>", "</br>", "<script>", "</script>",
        "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>", "<div style=\"color:red\">", "<p>", "</p>",
        "<!--", "-->", "<!DOCTYPE html>", "<?xml?>", "<", "</", ">", "/>", "\"", "'", "`", "=", " ", "\t", "\n",
        "\r\n", "\r", "&", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#x3C;", "&#60", "&#", "&#x", "&foo;",
        "&eacute;", "&#0;", "&#xD800;", "&#146;", "&colon;", " onclick=", " href=", " style=", "http://", "https://",
        "www.", "example.com", "/path", "?q=1", "(", ")", "[", "]", ".", ",", ";", ":", "!", "_", "~",
        "http://example.com/a.", "https://x.example/(p)", "www.example.org", "\u{0}", "\u{7}", "\u{85}", "\u{A0}",
        "é", "中文", "😀", "text", "a", "b",
    ]

    /// Random comments put together from those pieces and from random ASCII characters.
    static var comments: Generator<String, some SendableSequenceType> { Gen.tagSoup(of: markupPieces) }

    @Test("sanitizing twice gives what sanitizing once gives")
    func idempotence() async {
        await propertyCheck(count: 1000, input: Self.comments) { comment in
            let once = CommentSanitizer.sanitize(comment)
            #expect(CommentSanitizer.sanitize(once) == once)
        }
    }

    @Test("the output never holds a forbidden pattern, and passes the safety check")
    func noForbiddenPattern() async {
        // Each `<` must open or close an allowed element; no event handler, style or other attribute may
        // appear in a tag; every href must be http, https or mailto. Matched a code point at a time, as browsers
        // read HTML: by grapheme, a `>` followed by a combining mark (`>ា`) is no `>`, and a safe tag looked unsafe.
        let forbiddenPatterns = [
            #/(?i)<(?!/?(?:a|b|i|em|strong|code|blockquote)>|br>\n|a href="[^"<>']*" rel="nofollow ugc noopener">)/#,
            #/(?i)<[^>]*\s(?:on\w*|style|src|title|class)\s*=/#,
            #/(?i)href="(?!(?:https?|mailto):)/#,
        ].map { $0.matchingSemantics(.unicodeScalar) }
        await propertyCheck(count: 1000, input: Self.comments) { comment in
            let output = CommentSanitizer.sanitize(comment)
            for pattern in forbiddenPatterns {
                #expect(output.firstMatch(of: pattern) == nil, "\(output)")
            }
            #expect(SanitizedHTMLCheck.violations(in: output) == [])
        }
    }

    @Test("linkCount counts the links sanitize writes, and the output has as many")
    func linkCount() async {
        await propertyCheck(count: 500, input: Self.comments) { comment in
            let output = CommentSanitizer.sanitize(comment)
            #expect(CommentSanitizer.linkCount(in: comment) == SanitizedHTMLCheck.linkCount(in: output))
            #expect(CommentSanitizer.linkCount(in: output) == CommentSanitizer.linkCount(in: comment))
        }
    }

    /// Text without `< & > " '`, control characters (but tab and newline) or CR, in many scripts.
    static let plainCharacters = Array(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \t\n\n.,;:!?()[]{}-_*/#%+=@~|\\^$`"
            + "éüßçñ中文日本語😀\u{A0}\u{2014}")

    /// Plain text with no URL in it.
    static let plainText = Gen<Character?>.element(of: plainCharacters).map { $0! }
        .string(of: 0...80)
        .filter { text in
            let lowercased = text.lowercased()
            return !lowercased.contains("http://") && !lowercased.contains("https://") && !lowercased.contains("www.")
        }

    @Test("plain text comes back unchanged, but for each newline becoming <br>")
    func plainTextUnchanged() async {
        await propertyCheck(count: 1000, input: Self.plainText) { text in
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>\n")
            #expect(CommentSanitizer.sanitize(text) == expected)
        }
    }
}
