/// The one rendering of a post's HTML for readers: Markdown through cmark-gfm (implemented by
/// NewsdeskMarkdown, as Core links no C library), and everything, Markdown's output and imported or written
/// HTML alike, through ``sanitizer``. Pages, listings, feeds and every later output take a post's HTML from
/// here (see ``PostHTML/cleanBody(of:rendering:)`` and ``PostHTML/readerHTML(of:commentaryHeading:archive:rendering:)``).
public protocol MarkdownRendering: Sendable {
    /// The allow-list sanitiser every post's HTML passes through before a reader gets it.
    var sanitizer: PostSanitizer { get }

    /// The HTML of `markdown`, cleaned by ``sanitizer``.
    func cleanHTML(fromMarkdown markdown: String) -> String
}
