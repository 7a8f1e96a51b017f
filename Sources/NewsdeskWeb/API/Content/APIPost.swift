import Foundation

/// A published post or page as the Content API gives it: the clipping as fields, the commentary, the one
/// sanitised HTML every reader gets, and where it lives. Absent parts are `null`, never left out.
struct APIPost: Codable, Sendable, Equatable {
    /// Who wrote the post: its author, else the blog's editor, as the feeds name them.
    struct Author: Codable, Sendable, Equatable {
        var name: String
        var url: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(url, forKey: .url)
        }
    }

    /// The photo at the top; `url` is absolute.
    struct Image: Codable, Sendable, Equatable {
        var url: String
        var caption: String
        var alt: String
    }

    var id: Int64
    /// `post` or `page`.
    var kind: String
    var title: String
    /// The permalink path, `/2011/01/slug.html`.
    var path: String
    /// The permalink, absolute, from the blog's base address.
    var url: String
    var publishedAt: Date
    var updatedAt: Date
    var labels: [String]
    var author: Author
    var image: Image?
    var clipping: APIClipping?
    /// The editor's words as written (plain text or Markdown, see `format`).
    var commentary: String
    /// A plain-text summary: the editor's, else the start of the clip or commentary.
    var summary: String
    /// How the commentary and excerpt are written: `plain` or `markdown`.
    var format: String
    /// The post as one sanitised HTML document: the same rendering the feeds carry.
    var html: String
    /// Published comments.
    var commentCount: Int
    /// `open`, `closed` (shown, no new ones) or `hidden`.
    var commentMode: String

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(path, forKey: .path)
        try container.encode(url, forKey: .url)
        try container.encode(publishedAt, forKey: .publishedAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(labels, forKey: .labels)
        try container.encode(author, forKey: .author)
        try container.encode(image, forKey: .image)
        try container.encode(clipping, forKey: .clipping)
        try container.encode(commentary, forKey: .commentary)
        try container.encode(summary, forKey: .summary)
        try container.encode(format, forKey: .format)
        try container.encode(html, forKey: .html)
        try container.encode(commentCount, forKey: .commentCount)
        try container.encode(commentMode, forKey: .commentMode)
    }
}
