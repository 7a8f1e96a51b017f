import Foundation
import NewsdeskCore

/// JSON-LD (schema.org) for post pages: a `BlogPosting` that names the clipped story with `isBasedOn` and
/// `citation`, so search engines can tell commentary from the news it comments on. The citation follows the
/// source checker as the page does (``ReaderSource``).
enum StructuredData {
    static func blogPosting(_ post: Post, blog: Blog, baseURL: String) -> String {
        let dates = DateFormatting(timeZone: blog.timeZone)
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": post.title.isEmpty ? TextSummary.of(post, limit: 100) : post.title,
            "url": baseURL + post.path,
            "mainEntityOfPage": baseURL + post.path,
            "datePublished": dates.iso8601(post.publishedAt ?? post.updatedAt),
            "dateModified": dates.iso8601(post.updatedAt),
            "author": ["@type": "Person", "name": post.author?.displayName ?? blog.editorName],
            "publisher": ["@type": "Organization", "name": blog.title, "url": baseURL + "/"],
            "description": TextSummary.of(post),
        ]
        if !post.labels.isEmpty { object["keywords"] = post.labels.joined(separator: ", ") }
        if let image = post.image {
            object["image"] = image.url.hasPrefix("/") ? baseURL + image.url : image.url
        }
        if let clip = post.clipping {
            // The story's address is the one readers are sent to (a moved story's new one), and a gone story
            // names its archived copy, as the page does.
            let source = clip.readerSource(publishedAt: post.publishedAt, archive: blog.sourceArchive)
            object["isBasedOn"] = source.href
            var citation: [String: Any] = ["@type": "NewsArticle", "headline": clip.headline, "url": source.href]
            if !clip.outlet.isEmpty { citation["publisher"] = ["@type": "Organization", "name": clip.outlet] }
            if source.isBroken, let copy = source.archivedCopy { citation["archivedAt"] = copy }
            object["citation"] = citation
        }
        return scriptSafe(object)
    }

    /// JSON that cannot end its `<script>` element: every `<` is written `\u003c` (JSON allows it in strings,
    /// the only place it can occur).
    static func scriptSafe(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
