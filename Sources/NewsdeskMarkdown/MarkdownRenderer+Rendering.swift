import NewsdeskCore

extension MarkdownRenderer: MarkdownRendering {}

extension MarkdownRenderer {
    /// The renderer for posts: GFM's tables, autolinks and strikethrough, without its tag filter, so an
    /// editor's video `<iframe>` reaches the post sanitiser, which keeps it only from the allowed hosts.
    public static let forPosts = MarkdownRenderer(extensions: [.table, .autolink, .strikethrough])
}
