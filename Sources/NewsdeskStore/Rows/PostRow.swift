import Foundation
import NewsdeskCore

/// A `posts` row joined with its author's name.
struct PostRow: Decodable {
    let id: Int64
    let title: String
    let slug: String
    let path: String
    let status: String
    let publishedAtMs: Int64?
    let updatedAtMs: Int64
    let authorId: Int64?
    let authorName: String?
    let authorProfileUrl: String?
    let imageUrl: String?
    let imageCaption: String?
    let imageAlt: String?
    let clipSourceUrl: String?
    let clipHeadline: String?
    let clipOutlet: String?
    let clipExcerpt: String?
    let commentary: String
    let bodyHtml: String
    let commentMode: String
    let kind: String
    let summary: String
    /// Where an imported post came from.
    let sourceKey: String?
    let format: String

    /// Column names spelled out: SQLKit's snake-case conversion redid the same string work for every column of
    /// every row, a fifth of a search page's time (bench/search).
    enum CodingKeys: String, CodingKey {
        case id, title, slug, path, status, commentary, kind, summary, format
        case publishedAtMs = "published_at_ms"
        case updatedAtMs = "updated_at_ms"
        case authorId = "author_id"
        case authorName = "author_name"
        case authorProfileUrl = "author_profile_url"
        case imageUrl = "image_url"
        case imageCaption = "image_caption"
        case imageAlt = "image_alt"
        case clipSourceUrl = "clip_source_url"
        case clipHeadline = "clip_headline"
        case clipOutlet = "clip_outlet"
        case clipExcerpt = "clip_excerpt"
        case bodyHtml = "body_html"
        case commentMode = "comment_mode"
        case sourceKey = "source_key"
    }

    /// The columns of a post (`p`) and its author (`a`).
    static let columnsSQL = """
        p.id, p.title, p.slug, p.path, p.status, p.published_at_ms, p.updated_at_ms, p.author_id,
        a.display_name AS author_name, a.profile_url AS author_profile_url,
        p.image_url, p.image_caption, p.image_alt, p.clip_source_url, p.clip_headline, p.clip_outlet,
        p.clip_excerpt, p.commentary, p.body_html, p.comment_mode, p.kind, p.summary, p.source_key, p.format
        """

    /// Selects posts as `p` with their author joined in as `a`.
    static let selectSQL = "SELECT \(columnsSQL) FROM posts p LEFT JOIN authors a ON a.id = p.author_id"

    /// The post this row holds; labels are filled in separately.
    func post(labels: [String]) -> Post {
        Post(
            id: id,
            kind: PostKind(rawValue: kind) ?? .post,
            title: title,
            slug: slug,
            path: path,
            status: PostStatus(rawValue: status) ?? .draft,
            publishedAt: publishedAtMs.map(Date.init(millisecondsSince1970:)),
            updatedAt: Date(millisecondsSince1970: updatedAtMs),
            labels: labels,
            image: imageUrl.map { PostImage(url: $0, caption: imageCaption ?? "", altText: imageAlt ?? "") },
            clipping: clipSourceUrl.map {
                Clipping(
                    sourceURL: $0,
                    headline: clipHeadline ?? "",
                    outlet: clipOutlet ?? "",
                    excerptParagraphs: ExcerptText.paragraphs(clipExcerpt ?? "")
                )
            },
            commentary: commentary,
            summary: summary,
            bodyHTML: bodyHtml,
            author: authorName.map { Author(id: authorId, displayName: $0, profileURL: authorProfileUrl) },
            commentMode: CommentMode(rawValue: commentMode) ?? .open,
            format: PostFormat(rawValue: format) ?? .plain
        )
    }
}

/// Excerpt paragraphs are stored as one text, separated by blank lines (as Markdown will read them).
enum ExcerptText {
    static func joined(_ paragraphs: [String]) -> String {
        paragraphs.joined(separator: "\n\n")
    }

    /// The paragraphs, trimmed. Written with the standard library's split: Foundation's `components` and
    /// `trimmingCharacters` were an eighth of a search page's time (bench/search).
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        func close() {
            defer { current = [] }
            let joined = current.joined(separator: "\n")
            guard let first = joined.firstIndex(where: { !$0.isWhitespace }),
                let last = joined.lastIndex(where: { !$0.isWhitespace })
            else { return }
            paragraphs.append(String(joined[first...last]))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) { close() } else { current.append(line) }
        }
        close()
        return paragraphs
    }
}
