import Foundation
import NewsdeskCore

/// Turns a post's `content:encoded` into the HTML WordPress's `the_content` shows, once, at import:
///
/// 1. code (`[sourcecode]`, `[code]`, `[php]`…) and `[embed]` first, as SyntaxHighlighter (priority 7) and
///    `WP_Embed` (priority 8) do, and a YouTube or Vimeo address alone on its line becomes its player
///    (`autoembed`);
/// 2. `wpautop` — but not for block-editor posts (`<!-- wp:` anywhere: WordPress's `has_blocks()`), which
///    already hold their paragraphs;
/// 3. the other shortcodes (`do_shortcode`, priority 11), a `<p>` around a lone one removed
///    (`shortcode_unautop`). Shortcodes Newsdesk does not know stay as text, as WordPress shows ones no plugin
///    registers, and are reported.
struct WordPressContent {
    /// The post's id, whose attachments a `[gallery]` without `ids` shows.
    let postID: String
    /// The post's title, for notes.
    let title: String
    /// The export's attachments, asked for only when a post has a gallery (it may cost a pass over the file).
    let attachments: () -> WordPressAttachments?
    /// Shortcodes left as text, each once.
    var unknownShortcodes: Set<String> = []
    /// What was changed in a way the report should mention.
    var notes: [String] = []

    init(postID: String, title: String, attachments: @escaping () -> WordPressAttachments?) {
        self.postID = postID
        self.title = title
        self.attachments = attachments
    }

    static let codeNames: Set<String> = [
        "sourcecode", "source", "code", "php", "python", "py", "ruby", "java", "javascript", "js", "css", "html",
        "xml", "bash", "shell", "sql", "cpp", "csharp", "perl", "plain",
    ]
    static let mediaNames: Set<String> = [
        "caption", "wp_caption", "youtube", "vimeo", "gallery", "audio", "video", "embed",
    ]

    /// The converted body.
    mutating func convert(_ body: String) -> String {
        let isBlocks = body.contains("<!-- wp:")
        var text = body
        if text.contains("[") {
            var early = ShortcodeExpander(names: Self.codeNames.union(["embed"]), unautop: false)
            text = early.expand(text) { Self.early($0) }
        }
        if !isBlocks {
            text = Self.autoembed(text)
            if WordPressAutop.isTractable(text) {
                text = WordPressAutop.apply(text)
            } else {
                notes.append("\(describedPost) kept without paragraphs: too many unclosed tags to convert safely")
            }
        }
        guard text.contains("[") else { return text }
        var late = ShortcodeExpander(names: Self.codeNames.union(Self.mediaNames), unautop: !isBlocks)
        text = late.expand(text) { render($0, depth: 0) }
        unknownShortcodes.formUnion(late.unknown)
        return text
    }

    /// The shortcodes expanded before `wpautop`.
    private static func early(_ shortcode: Shortcode) -> String? {
        guard let content = shortcode.content else { return nil }
        if shortcode.name == "embed" {
            let url = content.trimmingCharacters(in: .whitespacesAndNewlines)
            return url.isEmpty ? nil : VideoEmbed.html(for: Self.decodeAmpersands(url))
        }
        return code(shortcode, content: content)
    }

    /// The shortcodes expanded after `wpautop`; nil leaves one as text.
    private mutating func render(_ shortcode: Shortcode, depth: Int) -> String? {
        switch shortcode.name {
        case "caption", "wp_caption": caption(shortcode, depth: depth)
        case "youtube", "vimeo": Self.video(shortcode)
        case "gallery": gallery(shortcode)
        case "audio": Self.audio(shortcode)
        case "video": Self.videoFile(shortcode)
        default: nil
        }
    }

    /// A caption's picture may hold further shortcodes (rarely); they are expanded one level deep.
    mutating func expandInside(_ html: String, depth: Int) -> String {
        guard depth < 1, html.contains("[") else { return html }
        var inner = ShortcodeExpander(names: Self.mediaNames.subtracting(["caption", "wp_caption"]), unautop: false)
        let result = inner.expand(html) { render($0, depth: depth + 1) }
        unknownShortcodes.formUnion(inner.unknown)
        return result
    }

    /// `&amp;` in addresses written into HTML, as the parts of a query need it undone.
    static func decodeAmpersands(_ url: String) -> String {
        url.replacingOccurrences(of: "&#038;", with: "&").replacingOccurrences(of: "&amp;", with: "&")
    }
}
