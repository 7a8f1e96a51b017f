/// A post's content as one HTML document, for places without the theme's clip layout (feeds, a Blogger
/// export): the photo in Blogger's caption table, the bold linked headline, "-- Outlet", the excerpt,
/// "Read more ....", then the commentary under its heading, which is the shape the importer's clip
/// recogniser reads back.
public enum PostHTML {
    /// The HTML of a post's photo, clipping, commentary and free body, in that order.
    public static func body(
        image: PostImage?, clipping: Clipping?, commentary: String, bodyHTML: String, commentaryHeading: String
    ) -> String {
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
            for paragraph in clipping.excerptParagraphs { html += "<p>\(HTMLText.escape(paragraph))</p>\n" }
            html += "</blockquote>\n<p><a href=\"\(source)\">Read more ....</a></p>\n"
        }
        if clipping != nil || !commentary.isEmpty {
            let paragraphs = commentary.components(separatedBy: "\n\n")
            html += "<p><b>\(HTMLText.escape(commentaryHeading))</b> \(HTMLText.escape(paragraphs.first ?? ""))</p>\n"
            for paragraph in paragraphs.dropFirst() { html += "<p>\(HTMLText.escape(paragraph))</p>\n" }
        }
        return html + bodyHTML
    }

    /// The HTML of a stored post.
    public static func body(of post: Post, commentaryHeading: String) -> String {
        body(
            image: post.image, clipping: post.clipping, commentary: post.commentary, bodyHTML: post.bodyHTML,
            commentaryHeading: commentaryHeading)
    }

    /// The plain text a search indexes for a post's free HTML: tags dropped, references decoded.
    public static func searchText(ofBody bodyHTML: String) -> String {
        PlainText.fromHTML(bodyHTML)
    }
}
