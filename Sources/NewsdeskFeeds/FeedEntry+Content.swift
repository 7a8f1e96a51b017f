import Foundation
import NewsdeskCore

extension FeedEntry {
    /// A post as a feed entry: the clipping and commentary as HTML (or only a summary), its labels and the
    /// clipped story. The HTML is the one `rendering` gives every reader (``PostHTML/readerHTML(of:commentaryHeading:archive:rendering:)``).
    /// The clipping links where readers are sent on the post page: a moved story's new address, an archived copy
    /// beside a story that is gone.
    public init(post: Post, blog: Blog, baseURL: String, summaryOnly: Bool = false, rendering: any MarkdownRendering) {
        let url = baseURL + post.path
        let archive = blog.sourceArchive
        self.init(
            id: url,
            title: post.title.isEmpty ? TextSummary.of(post, limit: 60) : post.title,
            url: url,
            published: post.publishedAt ?? post.updatedAt,
            updated: max(post.updatedAt, post.publishedAt ?? post.updatedAt),
            authorName: post.author?.displayName ?? blog.editorName,
            authorURL: post.author?.profileURL,
            contentHTML: summaryOnly
                ? nil
                : Self.absolutized(
                    PostHTML.readerHTML(
                        of: post, commentaryHeading: blog.commentaryHeading, archive: archive, rendering: rendering),
                    baseURL),
            summary: TextSummary.of(post, limit: 300),
            categories: post.labels,
            source: post.clipping.map {
                let href = $0.readerSource(publishedAt: post.publishedAt, archive: archive).href
                return Source(url: href, headline: $0.headline, outlet: $0.outlet)
            },
            imageURL: post.image.map { $0.url.hasPrefix("/") ? baseURL + $0.url : $0.url }
        )
    }

    /// A published comment as a feed entry, titled with its first words.
    public init(comment: QueuedComment, blog: Blog, baseURL: String) {
        let url = baseURL + comment.postPath + "#c\(comment.comment.id)"
        let text = PlainText.fromHTML(CommentSanitizer.sanitize(comment.comment.body))
        self.init(
            id: url,
            title: TextSummary.cut(text.isEmpty ? "Comment on \(comment.postTitle)" : text, limit: 60),
            url: url,
            published: comment.comment.createdAt,
            updated: comment.comment.createdAt,
            authorName: comment.comment.authorName,
            authorURL: comment.comment.authorURL,
            contentHTML: CommentSanitizer.sanitize(comment.comment.body),
            summary: ""
        )
    }

    /// Feed readers resolve relative links against the feed, not the blog: site-relative `src` and `href`
    /// (the theme's own images) are made absolute.
    static func absolutized(_ html: String, _ baseURL: String) -> String {
        let range = NSRange(html.startIndex..., in: html)
        let template = "$1=\"" + NSRegularExpression.escapedTemplate(for: baseURL) + "/"
        return siteRelative.stringByReplacingMatches(in: html, range: range, withTemplate: template)
    }

    /// `src="/…"` or `href="/…"`, not protocol-relative `//host`.
    private static let siteRelative = try! NSRegularExpression(pattern: #"\b(src|href)="/(?!/)"#)
}
