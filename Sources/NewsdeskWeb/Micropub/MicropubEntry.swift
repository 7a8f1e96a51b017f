import Foundation
import NewsdeskCore

/// How a Newsdesk post and a Micropub `h-entry` map onto each other, both ways:
///
/// - `name` is the title; `content` as text is the Markdown commentary, `{"html": …}` the free body (cleaned by
///   the sanitiser like all post HTML);
/// - `category` values are the labels; the first `photo` is the post's image (`alt` its description), further
///   photos are appended to the commentary as Markdown images;
/// - `bookmark-of` (or `repost-of`) is the clipping: a URL, or an `h-cite` whose `url`, `name`, `publication` and
///   `content` are the story's address, headline, outlet and excerpt;
/// - `published` and `post-status` are the publication time and state; `url` is the post's address.
///
/// A post's properties ``properties(of:baseURL:)`` read back into the same fields, so an update can change the
/// properties and lay them all over the stored post.
enum MicropubEntry {
    /// The properties of `post`, as `q=source` answers them.
    static func properties(of post: Post, baseURL: String) -> MicropubProperties {
        var properties: MicropubProperties = ["url": [.text(baseURL + post.path)]]
        properties["post-status"] = [.text(post.status == .draft ? "draft" : "published")]
        if !post.title.isEmpty { properties["name"] = [.text(post.title)] }
        var content: [MicropubValue] = []
        if !post.commentary.isEmpty { content.append(.text(post.commentary)) }
        if !post.bodyHTML.isEmpty { content.append(.object(["html": .text(post.bodyHTML)])) }
        if !content.isEmpty { properties["content"] = content }
        if !post.labels.isEmpty { properties["category"] = post.labels.map(MicropubValue.text) }
        if let image = post.image {
            let url = MicropubValue.text(image.url.hasPrefix("/") ? baseURL + image.url : image.url)
            properties["photo"] = [image.altText.isEmpty ? url : .object(["value": url, "alt": .text(image.altText)])]
        }
        if let clipping = post.clipping {
            var cite: MicropubProperties = ["url": [.text(clipping.sourceURL)]]
            if !clipping.headline.isEmpty { cite["name"] = [.text(clipping.headline)] }
            if !clipping.outlet.isEmpty { cite["publication"] = [.text(clipping.outlet)] }
            let excerpt = clipping.excerptParagraphs.joined(separator: "\n\n")
            if !excerpt.isEmpty { cite["content"] = [.text(excerpt)] }
            properties["bookmark-of"] = [citation(cite)]
        }
        if let published = post.publishedAt { properties["published"] = [.text(published.formatted(.iso8601))] }
        return properties
    }

    /// A nested `h-cite` object with `properties`.
    static func citation(_ properties: MicropubProperties) -> MicropubValue {
        .object(["type": .list([.text("h-cite")]), "properties": .object(properties.mapValues(MicropubValue.list))])
    }

    /// A title for an entry sent without a `name`, as Blogger and WordPress writers expect one: the start of
    /// the commentary's first paragraph that is not an image, cut at a word.
    static func derivedTitle(commentary: String) -> String {
        let paragraph = commentary.components(separatedBy: "\n\n").first { paragraph in
            let text = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
            return !text.isEmpty && !text.hasPrefix("![")
        }
        return TextSummary.cut(paragraph ?? "", limit: 70)
    }

    /// A time as Micropub clients send it: ISO 8601, with or without fractional seconds; `nil` otherwise.
    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
