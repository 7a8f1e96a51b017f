import NewsdeskCore

/// Blogger's captioned photo: `<table class="tr-caption-container">` holding the image (usually linked to
/// its full size) in one cell and the caption in `<td class="tr-caption">`.
enum CaptionTable {
    /// The image and caption in the table's tokens (between `<table>` and `</table>`), or nil without an image.
    static func image(in tokens: ArraySlice<HTMLToken>) -> PostImage? {
        var image: PostImage?
        var caption = ""
        var captionDepth = 0
        for token in tokens {
            switch token {
            case .start("img", let attributes, _) where image == nil:
                guard let source = attributes["src"], !source.isEmpty else { continue }
                image = PostImage(url: source, altText: attributes["alt"] ?? "")
            case .start("td", let attributes, _):
                if captionDepth > 0 || (attributes["class"] ?? "").split(separator: " ").contains("tr-caption") {
                    captionDepth += 1
                }
            case .end("td") where captionDepth > 0:
                captionDepth -= 1
            case .start("br", _, _) where captionDepth > 0:
                caption += " "
            case .text(let text) where captionDepth > 0:
                caption += text
            default: break
            }
        }
        image?.caption = PlainText.collapsingWhitespace(caption)
        return image
    }
}
