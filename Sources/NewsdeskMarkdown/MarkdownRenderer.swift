import NewsdeskCore

/// Markdown → HTML for the excerpt, commentary and body of a post, rendered by cmark-gfm.
///
/// cmark-gfm lets raw HTML through (`CMARK_OPT_UNSAFE`): editors and imported posts mix Markdown with HTML,
/// and the HTML is made safe afterwards by ``PostSanitizer``, whose allow-list is the one place that decides
/// what a post may contain. ``cleanHTML(fromMarkdown:)`` does both steps and is what pages should show;
/// ``html(fromMarkdown:)`` alone is cmark's output and is not safe to show.
public struct MarkdownRenderer: Sendable {
    /// The GFM extensions a renderer turns on.
    public struct Extensions: OptionSet, Sendable {
        /// The raw value: one bit an extension.
        public let rawValue: Int

        /// Creates extensions from their bits.
        public init(rawValue: Int) {
            self.rawValue = rawValue
        }

        /// Pipe tables.
        public static let table = Extensions(rawValue: 1 << 0)
        /// Bare `www.`, `http(s)://` and e-mail addresses become links.
        public static let autolink = Extensions(rawValue: 1 << 1)
        /// `~~struck~~` text.
        public static let strikethrough = Extensions(rawValue: 1 << 2)
        /// GFM's disallowed raw HTML (`<script>`, `<iframe>`, `<style>`, …) written with `&lt;`.
        public static let tagFilter = Extensions(rawValue: 1 << 3)
        /// All of GitHub Flavored Markdown that posts use.
        public static let gfm: Extensions = [.table, .autolink, .strikethrough, .tagFilter]

        /// cmark-gfm's name of each extension.
        static let names: [(Extensions, String)] = [
            (.table, "table"), (.autolink, "autolink"), (.strikethrough, "strikethrough"), (.tagFilter, "tagfilter"),
        ]
    }

    /// The extensions this renderer uses.
    public let extensions: Extensions
    /// The sanitiser ``cleanHTML(fromMarkdown:)`` passes cmark's output through.
    public let sanitizer: PostSanitizer

    /// A renderer with `extensions` (all of ``Extensions/gfm`` by default) whose clean HTML is made safe by
    /// `sanitizer`.
    public init(extensions: Extensions = .gfm, sanitizer: PostSanitizer = PostSanitizer()) {
        self.extensions = extensions
        self.sanitizer = sanitizer
    }

    /// cmark-gfm's HTML for `markdown`, raw HTML included as written: not safe to show as it is.
    ///
    /// Any string is accepted: NUL becomes U+FFFD, as CommonMark requires.
    public func html(fromMarkdown markdown: String) -> String {
        let names = Extensions.names.compactMap { option, name in extensions.contains(option) ? name : nil }
        return CmarkDocument.html(fromMarkdown: markdown, extensionNames: names)
    }

    /// The HTML for `markdown` cleaned by ``sanitizer``: what a page shows.
    public func cleanHTML(fromMarkdown markdown: String) -> String {
        sanitizer.sanitize(html(fromMarkdown: markdown))
    }
}
