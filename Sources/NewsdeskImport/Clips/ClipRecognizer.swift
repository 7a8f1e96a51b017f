import NewsdeskCore

/// Recognises the shape news-commentary blogs give a clip, so an imported body can become Newsdesk's
/// clipping, commentary and photo:
///
/// 1. optionally a photo (Blogger's `tr-caption-container` table: image and caption, or a bare image);
/// 2. the headline: a bold link (`<b>`, `<strong>` or a bold span) then "-- Outlet" (`--`, `—`, `–` or ` - `);
/// 3. excerpt paragraphs (in a blockquote, in paragraphs, or separated by `<br />`);
/// 4. optionally a "Read more" link;
/// 5. the commentary, opened by the heading ("My Comment:"), to the end.
///
/// Anything else returns nil and the body stays HTML as it was: a body that does not open with the headline,
/// more than one clip, no commentary heading, or anything the plain-text fields would lose (a second image,
/// a video, a list, a table, text between "Read more" and the heading, or a link in the commentary).
public struct ClipRecognizer: Sendable {
    /// The heading that opens the commentary, matched case-insensitively.
    public var commentaryHeading: String

    /// Creates a recognizer for a blog's commentary heading.
    public init(commentaryHeading: String = "My Comment:") {
        self.commentaryHeading = commentaryHeading
    }

    /// The clip in `html`, or nil when the body does not have the clip shape.
    public func recognize(_ html: String) -> RecognizedPost? {
        var blocks = HTMLBlockSplitter.blocks(of: html)[...]
        var image: PostImage?
        if case .image(let photo) = blocks.first {
            image = photo
            blocks = blocks.dropFirst()
        }
        guard case .text(let first) = blocks.first, let headline = Self.headline(in: first) else { return nil }
        var excerpt: [String] = []
        var commentary: [String]?
        var sawReadMore = false
        for block in blocks.dropFirst() {
            guard case .text(let text) = block else { return nil }
            if commentary != nil {
                guard text.links.isEmpty else { return nil }
                commentary?.append(text.text)
            } else if let opening = commentaryOpening(text) {
                commentary = opening.isEmpty ? [] : [opening]
            } else if sawReadMore || Self.headline(in: text) != nil {
                return nil
            } else {
                let paragraph = Self.excerptParagraph(text)
                if !paragraph.text.isEmpty { excerpt.append(paragraph.text) }
                sawReadMore = paragraph.endsWithReadMore
            }
        }
        guard let commentary, !excerpt.isEmpty else { return nil }
        let clipping = Clipping(
            sourceURL: headline.url, headline: headline.text, outlet: headline.outlet, excerptParagraphs: excerpt
        )
        return RecognizedPost(clipping: clipping, commentary: commentary.joined(separator: "\n\n"), image: image)
    }

    /// The commentary's first words when `block` opens with the heading ("" when the heading stands alone).
    private func commentaryOpening(_ block: TextBlock) -> String? {
        let heading = PlainText.collapsingWhitespace(commentaryHeading)
        let text = block.text
        guard !heading.isEmpty, block.links.isEmpty,
            text.lowercased().hasPrefix(heading.lowercased())
        else { return nil }
        return PlainText.collapsingWhitespace(String(text.dropFirst(heading.count)))
    }
}
