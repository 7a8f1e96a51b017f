/// The one place a post's HTML — written by an editor, rendered from Markdown, or imported from Blogger or
/// WordPress — is made safe to show. Its allow-list is wider than a comment's, and what it refuses it drops
/// rather than shows: a post's author meant the markup, a commenter's attempt is worth seeing.
///
/// The rules:
/// - The elements of ``allowedElements`` are kept with only their listed attributes, in a fixed order, each
///   value quoted and escaped; obsolete ones (`strike`, `tt`, `center`, `big`) as today's equivalent. An
///   `<img>` always has `alt` (empty when none is given), a player always `controls`. Attributes whose values fail their rule (a number, an alignment, a URL) are
///   dropped; an `<img>` without an allowed `src` is dropped whole.
/// - URLs are read as a browser reads them (character references decoded, tabs, newlines and controls
///   dropped, spaces trimmed) and written that way: links may be `http`, `https`, `mailto` or relative,
///   images `http`, `https` or relative; spaces and other bytes a URL may not hold are written `%XX`. `javascript:`, `vbscript:`, `data:` and every other scheme go.
/// - `<iframe>` is kept only with an `https` `src` on one of ``iframeHosts``, and only with `src`, `width`,
///   `height`, `title` and `allowfullscreen`; its content is never kept.
/// - The elements of ``droppedWithContent`` (`script`, `style`, `template`, `object`, `noscript`,
///   `textarea`, `title`, a refused `iframe`, …) go with everything inside them. Any other tag that is not
///   allowed goes, but its text stays. Comments, doctypes and processing instructions go.
/// - No `on*` handler, `style`, `class` (but `language-…` on `<code>`) or other attribute survives.
/// - Text is escaped; CR and CRLF become LF; other control characters but tab become U+FFFD.
/// - List items, definitions, table parts and captions stand where HTML allows them: the list, table, row or
///   figure they need is written around them, and a cell or item around anything else put in a list or table.
/// - The output is balanced: a start tag closes what a browser would close for it (`<p>` before a block,
///   `<li>` before the next, a cell before the next), an end tag closes the elements opened inside it, an
///   end tag with nothing to close is dropped, and what is open at the end is closed. Void elements are
///   written without end tags. At most ``maximumNesting`` elements are open at once.
///
/// The output is a fixed point (sanitising it again changes nothing), and the work is linear in the input.
public struct PostSanitizer: Sendable {
    /// Hosts whose players are embedded in posts when no other list is given.
    public static let defaultIframeHosts: Set<String> = [
        "www.youtube.com", "www.youtube-nocookie.com", "player.vimeo.com",
    ]

    /// The most elements open at once; deeper markup only serves to wreck the page layout.
    public static let maximumNesting = 100

    /// The hosts (lowercased) an `<iframe>` may load from, over `https` only.
    public let iframeHosts: Set<String>

    /// A sanitiser that keeps iframes from `iframeHosts` (compared without case).
    public init(iframeHosts: Set<String> = PostSanitizer.defaultIframeHosts) {
        self.iframeHosts = Set(iframeHosts.map { $0.lowercased() })
    }

    /// Post HTML → safe, balanced HTML that uses only the post allow-list.
    public func sanitize(_ html: String) -> String {
        var tokenizer = HTMLTokenizer(Self.withLineFeeds(html))
        var writer = Writer()
        // The element whose content is being dropped, and how many of its kind are open inside it.
        var dropping: (name: String, depth: Int)?
        while let token = tokenizer.next() {
            if let (name, depth) = dropping {
                switch token {
                case .start(name, _, selfClosing: false): dropping = (name, depth + 1)
                case .end(name): dropping = depth == 1 ? nil : (name, depth - 1)
                default: break
                }
                continue
            }
            switch Self.renamingObsolete(token) {
            case .text(let text):
                writer.appendText(text)
            case .start(let name, let attributes, let selfClosing):
                if Self.droppedWithContent.contains(name) {
                    if let kept = keptAttributes(of: name, attributes) { writer.appendEmpty(name, kept) }
                    if !selfClosing { dropping = (name, 1) }
                } else if let kept = keptAttributes(of: name, attributes) {
                    writer.open(name, kept)
                }
            case .end(let name):
                writer.close(name)
            }
        }
        return writer.finish()
    }

    /// Obsolete elements old posts use, and the element that means the same today.
    static let obsoleteElements: [String: String] = ["strike": "s", "tt": "code", "center": "div", "big": "strong"]

    /// `token` with an obsolete element's name replaced by today's.
    private static func renamingObsolete(_ token: HTMLToken) -> HTMLToken {
        switch token {
        case .start(let name, let attributes, let selfClosing):
            guard let renamed = obsoleteElements[name] else { return token }
            return .start(renamed, attributes, selfClosing: selfClosing)
        case .end(let name):
            guard let renamed = obsoleteElements[name] else { return token }
            return .end(renamed)
        case .text:
            return token
        }
    }

    /// `html` with CRLF and CR as LF, as browsers read them before anything else.
    private static func withLineFeeds(_ html: String) -> String {
        guard html.utf8.contains(UInt8(ascii: "\r")) else { return html }
        var scalars = String.UnicodeScalarView()
        var previous: Unicode.Scalar = "\0"
        for scalar in html.unicodeScalars {
            if !(scalar == "\n" && previous == "\r") { scalars.append(scalar == "\r" ? "\n" : scalar) }
            previous = scalar
        }
        return String(scalars)
    }
}
