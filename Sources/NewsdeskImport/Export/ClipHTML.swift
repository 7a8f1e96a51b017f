import NewsdeskCore

/// A post's body as one HTML document, for formats without Newsdesk's clip fields (a Blogger export): the
/// photo in Blogger's caption table, the bold linked headline, "-- Outlet", the excerpt, "Read more ....",
/// then the commentary under its heading, which is the shape ``ClipRecognizer`` reads back.
enum ClipHTML {
    static func body(of post: ArchivedPost, commentaryHeading: String) -> String {
        var html = ""
        if let image = post.image {
            html += "<table align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"tr-caption-container\">"
            html +=
                "<tbody><tr><td><img src=\"\(HTMLText.escape(image.url))\" alt=\"\(HTMLText.escape(image.altText))\" /></td></tr>"
            html += "<tr><td class=\"tr-caption\">\(HTMLText.escape(image.caption))</td></tr></tbody></table>\n"
        }
        if let clip = post.clipping {
            html += "<p><b><a href=\"\(HTMLText.escape(clip.sourceURL))\">\(HTMLText.escape(clip.headline))</a></b>"
            html += " -- \(HTMLText.escape(clip.outlet))</p>\n<blockquote>\n"
            for paragraph in clip.excerptParagraphs { html += "<p>\(HTMLText.escape(paragraph))</p>\n" }
            html += "</blockquote>\n<p><a href=\"\(HTMLText.escape(clip.sourceURL))\">Read more ....</a></p>\n"
        }
        if post.clipping != nil || !post.commentary.isEmpty {
            let paragraphs = post.commentary.components(separatedBy: "\n\n")
            html += "<p><b>\(HTMLText.escape(commentaryHeading))</b> \(HTMLText.escape(paragraphs.first ?? ""))</p>\n"
            for paragraph in paragraphs.dropFirst() { html += "<p>\(HTMLText.escape(paragraph))</p>\n" }
        }
        return html + post.bodyHTML
    }
}
