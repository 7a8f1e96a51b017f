import Foundation
import NewsdeskCore

extension APIPost {
    /// `post` (stored, so with an id) as the API shows it on `blog` at `baseURL`. The HTML is
    /// ``PostHTML/readerHTML(of:commentaryHeading:archive:rendering:)``, the one cleaned rendering the feeds
    /// carry too; relative links in it resolve against `url`.
    init(_ post: Post, blog: Blog, baseURL: String, commentCount: Int, rendering: any MarkdownRendering) {
        let archive = blog.sourceArchive
        self.init(
            id: post.id ?? 0,
            kind: post.kind.rawValue,
            title: post.title,
            path: post.path,
            url: baseURL + post.path,
            publishedAt: post.publishedAt ?? post.updatedAt,
            updatedAt: max(post.updatedAt, post.publishedAt ?? post.updatedAt),
            labels: post.labels,
            author: Author(
                name: post.author?.displayName ?? blog.editorName, url: post.author?.profileURL),
            image: post.image.map {
                Image(url: Self.absolute($0.url, baseURL), caption: $0.caption, alt: $0.altText)
            },
            clipping: post.clipping.map { APIClipping($0, publishedAt: post.publishedAt, archive: archive) },
            commentary: post.commentary,
            summary: TextSummary.of(post, limit: 300),
            format: post.format.rawValue,
            html: PostHTML.readerHTML(
                of: post, commentaryHeading: blog.commentaryHeading, archive: archive, rendering: rendering),
            commentCount: commentCount,
            commentMode: post.commentMode.rawValue)
    }

    /// A site-relative address (`/media/…`) made absolute, as feeds make the photo's.
    static func absolute(_ address: String, _ baseURL: String) -> String {
        address.hasPrefix("/") && !address.hasPrefix("//") ? baseURL + address : address
    }
}

extension APIClipping {
    /// `clipping` of a post published at `publishedAt`, its links where ``Clipping/readerSource(publishedAt:archive:)``
    /// sends readers.
    init(_ clipping: Clipping, publishedAt: Date?, archive: SourceArchive) {
        let reader = clipping.readerSource(publishedAt: publishedAt, archive: archive)
        let status =
            switch clipping.standing {
            case .moved: "moved"
            case .broken: "gone"
            case nil: "available"
            }
        self.init(
            sourceURL: clipping.sourceURL, readerURL: reader.href, sourceStatus: status,
            archivedCopy: reader.archivedCopy, outlet: clipping.outlet, headline: clipping.headline,
            excerpt: clipping.excerptParagraphs)
    }
}
