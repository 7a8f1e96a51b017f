import Foundation

/// Turns a video page's address into the player Newsdesk embeds: YouTube and Vimeo become the `<iframe>`s
/// the post sanitiser keeps (`www.youtube.com` and `player.vimeo.com`, with `src width height title
/// allowfullscreen`); any other address stays a plain link. Imports (WordPress's `[embed]`, `[youtube]` and
/// `[vimeo]`) and anything else that meets a bare video address use this one place, so every embed looks the
/// same and passes the sanitiser.
public enum VideoEmbed {
    /// A video Newsdesk knows how to embed.
    public enum Video: Sendable, Equatable {
        /// A YouTube video by its id (`dQw4w9WgXcQ`).
        case youTube(id: String)
        /// A Vimeo video by its number.
        case vimeo(id: String)
    }

    /// The player for `url` when it is a YouTube or Vimeo video, else a link to it (`<a href="URL">URL</a>`),
    /// or the escaped text when it is not an `http(s)` address at all.
    public static func html(for url: String) -> String {
        if let video = video(at: url) { return iframe(for: video) }
        return link(to: url)
    }

    /// The `<iframe>` for a video.
    public static func iframe(for video: Video) -> String {
        switch video {
        case .youTube(let id):
            "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/\(id)\" "
                + "title=\"YouTube video player\" allowfullscreen></iframe>"
        case .vimeo(let id):
            "<iframe width=\"560\" height=\"315\" src=\"https://player.vimeo.com/video/\(id)\" "
                + "title=\"Vimeo video player\" allowfullscreen></iframe>"
        }
    }

    /// `<a href="URL">URL</a>` for an `http(s)` address; other text (a `javascript:` address) only escaped.
    public static func link(to url: String) -> String {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        let text = HTMLText.escape(trimmed)
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return text }
        return "<a href=\"\(text)\">\(text)</a>"
    }

    /// The video at `url`: `youtube.com/watch?v=`, `youtu.be/`, `/embed/`, `/v/`, `/shorts/`,
    /// `youtube-nocookie.com`; `vimeo.com/123`, `vimeo.com/channels/x/123`, `player.vimeo.com/video/123`.
    public static func video(at url: String) -> Video? {
        var text = url.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("//") { text = "https:" + text }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", var host = components.host?.lowercased()
        else { return nil }
        for prefix in ["www.", "m.", "player."] where host.hasPrefix(prefix) { host.removeFirst(prefix.count) }
        let path = components.path.split(separator: "/").map(String.init)
        switch host {
        case "youtube.com", "youtube-nocookie.com":
            if path.first == "watch" {
                return components.queryItems?.first { $0.name == "v" }?.value.flatMap(youTube)
            }
            guard path.count >= 2, ["embed", "v", "shorts", "live"].contains(path[0]) else { return nil }
            return youTube(path[1])
        case "youtu.be": return path.first.flatMap(youTube)
        case "vimeo.com": return path.last(where: { !$0.isEmpty }).flatMap(vimeo)
        default: return nil
        }
    }

    /// A YouTube id: 6 to 20 letters, digits, `-` and `_` (they are 11 today).
    public static func youTube(_ id: String) -> Video? {
        guard (6...20).contains(id.count),
            id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) })
        else { return nil }
        return .youTube(id: id)
    }

    /// A Vimeo id: digits only.
    public static func vimeo(_ id: String) -> Video? {
        guard (1...20).contains(id.count), id.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return .vimeo(id: id)
    }
}
