import Foundation
import NewsdeskCore
import SQLKit

/// A `posts` row joined with its author's name and its source's standing.
struct PostRow {
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
    /// The source checker's record of the clipped story's address, when it has one.
    let sourceVerdict: String?
    let sourceFinalUrl: String?
    let sourceDecision: String?

    /// Reads a row of ``columnsSQL`` column by column: through `Decodable`, SQLKit's keyed containers were a tenth
    /// of a search page's time (bench/search), and converting snake case for every column of every row a fifth.
    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: Int64.self)
        title = try row.decode(column: "title", as: String.self)
        slug = try row.decode(column: "slug", as: String.self)
        path = try row.decode(column: "path", as: String.self)
        status = try row.decode(column: "status", as: String.self)
        publishedAtMs = try row.optional("published_at_ms", Int64.self)
        updatedAtMs = try row.decode(column: "updated_at_ms", as: Int64.self)
        authorId = try row.optional("author_id", Int64.self)
        authorName = try row.optional("author_name", String.self)
        authorProfileUrl = try row.optional("author_profile_url", String.self)
        imageUrl = try row.optional("image_url", String.self)
        imageCaption = try row.optional("image_caption", String.self)
        imageAlt = try row.optional("image_alt", String.self)
        clipSourceUrl = try row.optional("clip_source_url", String.self)
        clipHeadline = try row.optional("clip_headline", String.self)
        clipOutlet = try row.optional("clip_outlet", String.self)
        clipExcerpt = try row.optional("clip_excerpt", String.self)
        commentary = try row.decode(column: "commentary", as: String.self)
        bodyHtml = try row.decode(column: "body_html", as: String.self)
        commentMode = try row.decode(column: "comment_mode", as: String.self)
        kind = try row.decode(column: "kind", as: String.self)
        summary = try row.decode(column: "summary", as: String.self)
        sourceKey = try row.optional("source_key", String.self)
        format = try row.decode(column: "format", as: String.self)
        sourceVerdict = try row.optional("source_verdict", String.self)
        sourceFinalUrl = try row.optional("source_final_url", String.self)
        sourceDecision = try row.optional("source_decision", String.self)
    }

    /// The columns of a post (`p`), its author (`a`) and its source's record (`s`).
    static let columnsSQL = """
        p.id, p.title, p.slug, p.path, p.status, p.published_at_ms, p.updated_at_ms, p.author_id,
        a.display_name AS author_name, a.profile_url AS author_profile_url,
        p.image_url, p.image_caption, p.image_alt, p.clip_source_url, p.clip_headline, p.clip_outlet,
        p.clip_excerpt, p.commentary, p.body_html, p.comment_mode, p.kind, p.summary, p.source_key, p.format,
        s.verdict AS source_verdict, s.final_url AS source_final_url, s.decision AS source_decision
        """

    /// Selects posts as `p` with their author joined in as `a` and their source's record as `s`.
    static let selectSQL = """
        SELECT \(columnsSQL) FROM posts p LEFT JOIN authors a ON a.id = p.author_id
        LEFT JOIN source_links s ON s.url = p.clip_source_url
        """

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
                    excerptParagraphs: ExcerptText.paragraphs(clipExcerpt ?? ""),
                    standing: sourceStanding
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

extension PostRow {
    /// What readers see about the source, from the checker's record joined in.
    var sourceStanding: SourceStanding? {
        guard let sourceVerdict, let verdict = SourceVerdict(rawValue: sourceVerdict) else { return nil }
        let link = SourceLink(
            id: 0, url: clipSourceUrl ?? "", verdict: verdict, finalURL: sourceFinalUrl,
            decision: sourceDecision.flatMap(SourceLink.Decision.init(rawValue:)))
        return link.standing
    }
}

/// Excerpt paragraphs are stored as one text, separated by blank lines (as Markdown will read them).
enum ExcerptText {
    static func joined(_ paragraphs: [String]) -> String {
        paragraphs.joined(separator: "\n\n")
    }

    /// The paragraphs, trimmed: runs of lines between blank ones. Read as UTF-8 bytes: Foundation's `components`
    /// and `trimmingCharacters` were an eighth of a search page's time, and splitting `Character`s still a
    /// sixteenth (bench/search).
    static func paragraphs(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var paragraphs: [String] = []
        // The first and last non-blank bytes of the paragraph being read.
        var paragraph: Range<Int>? = nil
        func close() {
            defer { paragraph = nil }
            guard let range = paragraph else { return }
            var lower = range.lowerBound
            while lower < range.upperBound {
                let space = UTF8Whitespace.length(at: lower, in: bytes)
                guard space > 0 else { break }
                lower += space
            }
            var upper = range.upperBound
            trimming: while upper > lower {
                // White space is one to three bytes long.
                for size in 1...3
                where upper - size >= lower && UTF8Whitespace.length(at: upper - size, in: bytes) == size {
                    upper -= size
                    continue trimming
                }
                break
            }
            paragraphs.append(String(decoding: bytes[lower..<upper], as: UTF8.self))
        }
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if UTF8Whitespace.isBlank(bytes, lineStart..<lineEnd) {
                close()
            } else {
                paragraph = (paragraph?.lowerBound ?? lineStart)..<lineEnd
            }
            lineStart = lineEnd + 1
        }
        close()
        return paragraphs
    }
}
