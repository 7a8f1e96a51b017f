/// A post's content as one HTML document, for places without the theme's clip layout (feeds, a Blogger
/// export): the photo in Blogger's caption table, the bold linked headline, "-- Outlet", the excerpt,
/// "Read more ....", then the commentary under its heading, which is the shape the importer's clip
/// recogniser reads back.
public enum PostHTML {
    /// The post as one document for a reader (a feed's content), cleaned as a whole by `rendering`'s sanitiser,
    /// so an imported post's HTML reaches a feed reader exactly as cleaned as it reaches the post page. The
    /// clipping links where ``Clipping/readerSource(publishedAt:archive:)`` says, as on the post page: a moved
    /// story's new address, or the original with a note and `archive`'s copy when the story is gone.
    public static func readerHTML(
        of post: Post, commentaryHeading: String, archive: SourceArchive, rendering: any MarkdownRendering
    ) -> String {
        let source = post.clipping?.readerSource(publishedAt: post.publishedAt, archive: archive)
        let html = body(
            image: post.image, clipping: post.clipping, commentary: post.commentary, bodyHTML: post.bodyHTML,
            commentaryHeading: commentaryHeading, format: post.format, markdown: rendering, readerSource: source)
        return rendering.sanitizer.sanitize(html)
    }

    /// The post's free HTML (its body) for a reader: a Markdown body rendered, any other cleaned, by
    /// `rendering`. Pages and listings show this under the clipping and commentary.
    public static func cleanBody(of post: Post, rendering: any MarkdownRendering) -> String {
        post.format == .markdown
            ? rendering.cleanHTML(fromMarkdown: post.bodyHTML) : rendering.sanitizer.sanitize(post.bodyHTML)
    }

    /// The HTML of a post's photo, clipping, commentary and free body, in that order, with the body as stored:
    /// what an export writes. Readers get ``readerHTML(of:commentaryHeading:archive:rendering:)``.
    ///
    /// A Markdown post's excerpt, commentary and body are rendered by `markdown`; without one they are shown as
    /// plain text. The clipping links to its stored address unless `readerSource` (what readers are shown about
    /// it) says otherwise.
    public static func body(
        image: PostImage?, clipping: Clipping?, commentary: String, bodyHTML: String, commentaryHeading: String,
        format: PostFormat = .plain, markdown: (any MarkdownRendering)? = nil, readerSource: ReaderSource? = nil
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
            let reader = readerSource ?? ReaderSource(href: clipping.sourceURL, isBroken: false, archivedCopy: nil)
            let source = HTMLText.escape(reader.href)
            html += "<p><b><a href=\"\(source)\">\(HTMLText.escape(clipping.headline))</a></b>"
            html += brokenNote(reader)
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

    /// " (original link no longer works — archived copy)" after a broken source's headline, the last words
    /// linking to the archived copy; nothing for a source that works.
    static func brokenNote(_ source: ReaderSource) -> String {
        guard source.isBroken else { return "" }
        guard let copy = source.archivedCopy else { return " (\(ReaderSource.brokenNote))" }
        let link = "<a href=\"\(HTMLText.escape(copy))\">\(ReaderSource.archivedCopyLabel)</a>"
        return " (\(ReaderSource.brokenNote) \u{2014} \(link))"
    }

    /// The HTML of a stored post as stored: the clipping linking to its own address without any note about it.
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
