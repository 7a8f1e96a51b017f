/// Turns Markdown into HTML that is safe to show: implemented with cmark-gfm by NewsdeskMarkdown (Core links
/// no C library), handed to whatever renders posts.
public protocol MarkdownRendering: Sendable {
    /// The HTML of `markdown`, cleaned by the post sanitiser.
    func cleanHTML(fromMarkdown markdown: String) -> String
}
