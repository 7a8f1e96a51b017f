import NewsdeskCore

/// A post's body as one HTML document, for formats without Newsdesk's clip fields (a Blogger export): the
/// photo in Blogger's caption table, the bold linked headline, "-- Outlet", the excerpt, "Read more ....",
/// then the commentary under its heading, which is the shape ``ClipRecognizer`` reads back.
enum ClipHTML {
    static func body(of post: ArchivedPost, commentaryHeading: String) -> String {
        var html = ""
        if let image = post.image {
            html += "<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\">"
            html += "<tbody><tr><td><img src=\"\(escape(image.url))\" alt=\"\(escape(image.altText))\" /></td></tr>"
            html += "<tr><td class=\"tr-caption\">\(escape(image.caption))</td></tr></tbody></table>\n"
        }
        if let clip = post.clipping {
            html += "<p><b><a href=\"\(escape(clip.sourceURL))\">\(escape(clip.headline))</a></b>"
            html += " -- \(escape(clip.outlet))</p>\n<blockquote>\n"
            for paragraph in clip.excerptParagraphs { html += "<p>\(escape(paragraph))</p>\n" }
            html += "</blockquote>\n<p><a href=\"\(escape(clip.sourceURL))\">Read more ....</a></p>\n"
        }
        if post.clipping != nil || !post.commentary.isEmpty {
            let paragraphs = post.commentary.components(separatedBy: "\n\n")
            html += "<p><b>\(escape(commentaryHeading))</b> \(escape(paragraphs.first ?? ""))</p>\n"
            for paragraph in paragraphs.dropFirst() { html += "<p>\(escape(paragraph))</p>\n" }
        }
        return html + post.bodyHTML
    }

    private static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
