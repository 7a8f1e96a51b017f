import Foundation
import NewsdeskCore
import SQLKit

/// The columns of a post that a search result shows or takes its passage from. The body is read as the plain text
/// stored beside it for the index, not as HTML to take apart again for every result.
struct SearchRow {
    let id: Int64
    let title: String
    let path: String
    let publishedAtMs: Int64?
    let updatedAtMs: Int64
    let summary: String
    let clipHeadline: String?
    let clipOutlet: String?
    let clipExcerpt: String?
    let commentary: String
    let bodyText: String

    /// The columns read, of a post `p`.
    static let columnsSQL = """
        p.id, p.title, p.path, p.published_at_ms, p.updated_at_ms, p.summary, p.clip_headline, p.clip_outlet,
        p.clip_excerpt, p.commentary, p.body_text
        """

    /// Reads a row of ``columnsSQL`` column by column, as ``PostRow`` does.
    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: Int64.self)
        title = try row.decode(column: "title", as: String.self)
        path = try row.decode(column: "path", as: String.self)
        publishedAtMs = try row.optional("published_at_ms", Int64.self)
        updatedAtMs = try row.decode(column: "updated_at_ms", as: Int64.self)
        summary = try row.decode(column: "summary", as: String.self)
        clipHeadline = try row.optional("clip_headline", String.self)
        clipOutlet = try row.optional("clip_outlet", String.self)
        clipExcerpt = try row.optional("clip_excerpt", String.self)
        commentary = try row.decode(column: "commentary", as: String.self)
        bodyText = try row.decode(column: "body_text", as: String.self)
    }

    /// The result for the query `matcher` matches: a post without a title is listed by the start of its text, as
    /// ``TextSummary/of(_:limit:)`` would list it.
    func hit(matching matcher: SearchExcerpt.Matcher) -> SearchHit {
        let shownTitle =
            title.isEmpty
            ? TextSummary.first(
                of: [summary, ExcerptText.paragraphs(clipExcerpt ?? "").first ?? "", commentary, bodyText], limit: 80)
            : title
        return SearchHit(
            postID: id, title: shownTitle, path: path,
            date: Date(millisecondsSince1970: publishedAtMs ?? updatedAtMs),
            outlet: clipOutlet.flatMap { $0.isEmpty ? nil : $0 },
            snippet: SearchExcerpt.make(from: searchedTexts, matcher: matcher))
    }

    /// The texts the index holds, one per column.
    var indexedTexts: [String] {
        [title, clipHeadline ?? "", clipOutlet ?? "", clipExcerpt ?? "", commentary, bodyText]
    }

    /// What a result's passage is taken from, in order of preference.
    var searchedTexts: [String] {
        [clipExcerpt ?? "", commentary, bodyText, clipHeadline ?? "", title]
    }
}
