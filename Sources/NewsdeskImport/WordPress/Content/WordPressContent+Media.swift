import Foundation
import NewsdeskCore

extension WordPressContent {
    /// `img_caption_shortcode`: the (linked) image and the caption text after it, or the `caption` attribute
    /// of older posts, become `<figure>` and `<figcaption>`. Without caption text the picture stays as it is.
    mutating func caption(_ shortcode: Shortcode, depth: Int) -> String? {
        guard let content = shortcode.content else { return nil }
        var media = content
        var caption = shortcode.attributes["caption"] ?? ""
        if caption.isEmpty,
            let match = Self.captionParts.firstMatch(in: content, range: NSRange(content.startIndex..., in: content)),
            let image = Range(match.range(at: 1), in: content), let rest = Range(match.range(at: 2), in: content)
        {
            media = String(content[image])
            caption = Self.trimBreaks(String(content[rest]))
        }
        let picture = expandInside(media.trimmingCharacters(in: .whitespacesAndNewlines), depth: depth)
        guard !caption.isEmpty else { return picture }
        return "<figure>\(picture)<figcaption>\(caption)</figcaption></figure>"
    }

    /// WordPress's `#((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*</a>)?)(.*)#is`.
    private static let captionParts = try! NSRegularExpression(
        pattern: #"((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*</a>)?)(.*)"#,
        options: [.caseInsensitive, .dotMatchesLineSeparators])

    /// Spaces and the `<br />`s wpautop put at the caption's ends.
    private static func trimBreaks(_ text: String) -> String {
        var caption = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while caption.hasPrefix("<br />") || caption.hasSuffix("<br />") {
            if caption.hasPrefix("<br />") { caption.removeFirst(6) }
            if caption.hasSuffix("<br />") { caption.removeLast(6) }
            caption = caption.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return caption
    }

    /// `[youtube=URL]`, `[youtube URL]`, `[youtube]URL[/youtube]`, `[vimeo ID]`, `[vimeo=URL]`: the player, or a
    /// link when the address is not a video Newsdesk can embed.
    static func video(_ shortcode: Shortcode) -> String? {
        var value =
            shortcode.attributes.positional.first ?? shortcode.attributes["url"] ?? shortcode.attributes["id"]
            ?? shortcode.content ?? ""
        if value.hasPrefix("=") { value.removeFirst() }
        value = decodeAmpersands(value.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !value.isEmpty else { return nil }
        let bare = shortcode.name == "youtube" ? VideoEmbed.youTube(value) : VideoEmbed.vimeo(value)
        if let video = bare ?? VideoEmbed.video(at: value) { return VideoEmbed.iframe(for: video) }
        return VideoEmbed.link(to: value)
    }

    /// `[audio src="…"]` (or `mp3=`, `m4a=`, `ogg=`, `wav=`, a bare address): a player with a link inside.
    static func audio(_ shortcode: Shortcode) -> String? {
        guard let url = source(shortcode, ["src", "mp3", "m4a", "ogg", "wav", "wma"]) else { return nil }
        let link = VideoEmbed.link(to: url)
        return "<audio controls src=\"\(HTMLText.escape(url))\">\(link)</audio>"
    }

    /// `[video src="…" width= height= poster=]` (or `mp4=`, `m4v=`, `webm=`, `ogv=`…): a player with a link.
    static func videoFile(_ shortcode: Shortcode) -> String? {
        guard let url = source(shortcode, ["src", "mp4", "m4v", "webm", "ogv", "wmv", "flv", "mov"]) else { return nil }
        var html = "<video controls src=\"\(HTMLText.escape(url))\""
        for name in ["width", "height"] {
            if let value = shortcode.attributes[name], value.allSatisfy(\.isNumber) { html += " \(name)=\"\(value)\"" }
        }
        if let poster = shortcode.attributes["poster"] { html += " poster=\"\(HTMLText.escape(poster))\"" }
        return html + ">\(VideoEmbed.link(to: url))</video>"
    }

    private static func source(_ shortcode: Shortcode, _ names: [String]) -> String? {
        let url =
            names.lazy.compactMap { shortcode.attributes[$0] }.first
            ?? shortcode.attributes.positional.first { $0.contains("://") }
        return url.map { decodeAmpersands($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// SyntaxHighlighter's `[sourcecode lang="x"]`, `[code language="x"]`, `[php]`…: the code as written,
    /// escaped (brackets too, so no shortcode inside it runs), in `<pre><code>`.
    static func code(_ shortcode: Shortcode, content: String) -> String {
        let isGeneric = ["sourcecode", "source", "code"].contains(shortcode.name)
        let language =
            isGeneric
            ? shortcode.attributes["lang"] ?? shortcode.attributes["language"] ?? shortcode.attributes["brush"]
            : shortcode.name
        let escaped = HTMLText.escape(content).replacingOccurrences(of: "[", with: "&#91;")
            .replacingOccurrences(of: "]", with: "&#93;")
        let safe = language.map { $0.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "+#-_".contains($0)) } }
        guard let safe, !safe.isEmpty else { return "<pre><code>\(escaped)</code></pre>" }
        return "<pre><code class=\"language-\(safe.lowercased())\">\(escaped)</code></pre>"
    }

    /// `WP_Embed::autoembed`: a YouTube or Vimeo address alone on its line (outside `<pre>`) becomes its
    /// player; other addresses stay as they are, as WordPress leaves links it cannot embed.
    static func autoembed(_ text: String) -> String {
        guard text.contains("youtu") || text.contains("vimeo.com") else { return text }
        var inPre = false
        var lines: [Substring] = []
        var changed = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains("<pre") { inPre = true }
            if line.contains("</pre>") { inPre = false }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !inPre, trimmed.hasPrefix("http"), !trimmed.contains(where: { " <>\"\t".contains($0) }),
                let video = VideoEmbed.video(at: decodeAmpersands(trimmed))
            {
                lines.append(Substring(VideoEmbed.iframe(for: video)))
                changed = true
            } else {
                lines.append(line)
            }
        }
        return changed ? lines.joined(separator: "\n") : text
    }
}
