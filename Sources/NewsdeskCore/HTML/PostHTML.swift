/// A post's content as one HTML document, for places without the theme's clip layout (feeds, a Blogger
/// export): the photo in Blogger's caption table, the bold linked headline, "-- Outlet", the excerpt,
/// "Read more ....", then the commentary under its heading, which is the shape the importer's clip
/// recogniser reads back.
public enum PostHTML {
    /// The post as one document for a reader (a feed's content): ``body(of:commentaryHeading:markdown:)``
    /// cleaned as a whole by `rendering`'s sanitiser, so an imported post's HTML reaches a feed reader
    /// exactly as cleaned as it reaches the post page.
    public static func readerHTML(of post: Post, commentaryHeading: String, rendering: any MarkdownRendering)
        -> String
    {
        rendering.sanitizer.sanitize(body(of: post, commentaryHeading: commentaryHeading, markdown: rendering))
    }

    /// The post's free HTML (its body) for a reader: a Markdown body rendered, any other cleaned, by
    /// `rendering`. Pages and listings show this under the clipping and commentary.
    public static func cleanBody(of post: Post, rendering: any MarkdownRendering) -> String {
        post.format == .markdown
            ? rendering.cleanHTML(fromMarkdown: post.bodyHTML) : rendering.sanitizer.sanitize(post.bodyHTML)
    }

    /// The HTML of a post's photo, clipping, commentary and free body, in that order, with the body as stored:
    /// what an export writes. Readers get ``readerHTML(of:commentaryHeading:rendering:)``.
    ///
    /// A Markdown post's excerpt, commentary and body are rendered by `markdown`; without one they are shown as
    /// plain text.
    public static func body(
        image: PostImage?, clipping: Clipping?, commentary: String, bodyHTML: String, commentaryHeading: String,
        format: PostFormat = .plain, markdown: (any MarkdownRendering)? = nil
    ) -> String {
        let rendered = format == .markdown ? markdown : nil
        var html = ""
        if let image {
            html += "<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\">"
            html +=
                "<tbody><tr><td><img src=\"\(HTMLText.escape(image.url))\" alt=\"\(HTMLText.escape(image.altText))\" /></td></tr>"
            html += "<tr><td class=\"tr-caption\">\(HTMLText.escape(image.caption))</td></tr></tbody></table>\n"
        }
        if let clipping {
            let source = HTMLText.escape(clipping.sourceURL)
            html += "<p><b><a href=\"\(source)\">\(HTMLText.escape(clipping.headline))</a></b>"
            html += " -- \(HTMLText.escape(clipping.outlet))</p>\n<blockquote>\n"
            if let rendered {
                html += rendered.cleanHTML(fromMarkdown: clipping.excerptParagraphs.joined(separator: "\n\n"))
            } else {
                for paragraph in clipping.excerptParagraphs { html += "<p>\(HTMLText.escape(paragraph))</p>\n" }
            }
            html += "</blockquote>\n<p><a href=\"\(source)\">Read more ....</a></p>\n"
        }
        if let rendered {
            if !commentary.isEmpty {
                html += withHeading(
                    rendered.cleanHTML(fromMarkdown: commentary),
                    opening: "<b>\(HTMLText.escape(commentaryHeading))</b>")
            }
            return html + rendered.cleanHTML(fromMarkdown: bodyHTML)
        }
        if clipping != nil || !commentary.isEmpty {
            let paragraphs = commentary.components(separatedBy: "\n\n")
            html += "<p><b>\(HTMLText.escape(commentaryHeading))</b> \(HTMLText.escape(paragraphs.first ?? ""))</p>\n"
            for paragraph in paragraphs.dropFirst() { html += "<p>\(HTMLText.escape(paragraph))</p>\n" }
        }
        if format == .markdown, !bodyHTML.isEmpty { return html + "<p>\(HTMLText.escape(bodyHTML))</p>\n" }
        return html + bodyHTML
    }

    /// The HTML of a stored post.
    public static func body(of post: Post, commentaryHeading: String, markdown: (any MarkdownRendering)? = nil)
        -> String
    {
        body(
            image: post.image, clipping: post.clipping, commentary: post.commentary, bodyHTML: post.bodyHTML,
            commentaryHeading: commentaryHeading, format: post.format, markdown: markdown)
    }

    /// Rendered commentary opened by its heading: inside the first paragraph when it starts with one, as on the
    /// seed page ("**My Comment:** I am not surprised…"), else as a paragraph of its own.
    public static func withHeading(_ html: String, opening heading: String) -> String {
        if html.hasPrefix("<p>") { return "<p>\(heading) " + html.dropFirst(3) }
        return "<p>\(heading)</p>\n" + html
    }
}
