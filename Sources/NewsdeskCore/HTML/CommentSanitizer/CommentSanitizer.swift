/// The one place reader comments become HTML: plain text with the little HTML Blogger allows, made safe.
///
/// The rules:
/// - `<b> <i> <em> <strong> <blockquote> <code>` are kept, without attributes.
/// - `<a href>` is kept when the href (after decoding character references and dropping the tabs, newlines
///   and control characters a browser ignores) is an `http:`, `https:` or `mailto:` URL. Only `href` is
///   kept, and every link gets `rel="nofollow ugc noopener"`.
/// - A link whose href is missing, relative or of any other scheme (`javascript:`, `data:`, ...) is not a
///   link: its start tag is shown as text like any other tag, its content stays ordinary text, and its end
///   tag, having no link to close, is shown as text too. The reader sees what the commenter tried.
/// - Every other tag, comment, doctype or stray `<` is shown as text (escaped), exactly as typed, so
///   nothing runs and nothing silently disappears.
/// - Nesting is kept well-formed: an end tag closes the elements opened inside it, an end tag with no
///   open element of its name is shown as text, elements left open are closed at the end, and a new
///   link closes the open one (never a link inside a link). At most ``maximumNesting`` elements are open
///   at once; deeper start tags are shown as text.
/// - Text: valid character references are decoded (HTML 4 names with `;`, numeric with or without `;`),
///   unknown ones such as `&foo;` stay as typed, and `& < > " '` are escaped on output. Control
///   characters other than tab and newline become U+FFFD.
/// - Line breaks: each newline becomes `<br>` followed by a newline; a blank line is `<br>\n<br>\n`.
///   A `<br>` tag in the input counts as one line break, together with a newline right after it.
/// - Bare `http://`, `https://` and `www.` URLs in text outside links become links; trailing
///   punctuation (`.,:;!?*_~` and an unbalanced `)` or `]`) is left outside the link.
///
/// The output is a fixed point: sanitizing it again returns it unchanged.
public enum CommentSanitizer {
    /// Reader text with limited HTML → safe HTML for a comment body.
    ///
    /// - Parameter text: The comment as the reader typed it (CRLF and CR are read as newlines).
    /// - Returns: HTML that uses only `a` (with `href` and `rel`), `b`, `i`, `em`, `strong`,
    ///   `blockquote`, `code` and `br`, with every other character escaped.
    public static func sanitize(_ text: String) -> String {
        render(text).html
    }

    /// How many links (kept `<a href>` plus linkified bare URLs) the text has — the spam rule "more than
    /// 2 links holds the comment" uses it.
    ///
    /// It counts exactly the links ``sanitize(_:)`` writes, so a refused `javascript:` link does not count.
    public static func linkCount(in text: String) -> Int {
        render(text).linkCount
    }

    /// The most elements open at once; deeper nesting only serves to wreck the page layout.
    public static let maximumNesting = 20

    /// The value of `rel` on every link: search engines must not credit commenters' links
    /// (`nofollow ugc`), and the linked page must not get a handle on ours (`noopener`).
    static let linkRelation = "nofollow ugc noopener"

    /// The elements kept besides `br`, which is written for line breaks.
    static let allowedElements: Set<String> = ["a", "b", "blockquote", "code", "em", "i", "strong"]

    private static func render(_ text: String) -> Writer {
        var tokenizer = Tokenizer(text)
        var writer = Writer()
        while let token = tokenizer.next() {
            switch token {
            case .text(let raw):
                writer.appendText(raw)
            case .verbatim(let source):
                writer.appendVerbatim(source)
            case .lineBreak:
                writer.appendLineBreak()
            case .startTag(let name, let href, let source):
                let opened: Bool
                if name == "a" {
                    let allowedHref = href.flatMap { LinkRules.allowedHref(HTMLCharacterReferences.decodedBytes($0)) }
                    opened = allowedHref.map { writer.openLink(href: $0) } ?? false
                } else {
                    opened = writer.open(name)
                }
                if !opened { writer.appendVerbatim(source) }
            case .endTag(let name, let source):
                if !writer.close(name) { writer.appendVerbatim(source) }
            }
        }
        writer.finish()
        return writer
    }
}
