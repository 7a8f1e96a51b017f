import NewsdeskCore
import SQLKit

extension Migration {
    /// Search finds what a reader sees of a post's photos: its caption and alternative text, and the `alt` of
    /// images in its body, are added to the indexed text of every post stored before (the FTS5 triggers and
    /// PostgreSQL's generated tsvector follow the column).
    static let m008PhotoSearch = Migration(
        version: 8,
        name: "photo captions in search",
        sqlite: [],
        postgres: [],
        fill: refillSearchText
    )

    /// Derives the searchable text of every stored post again, a batch at a time: what migration 4 first
    /// filled, and this one fills anew with the photos' text.
    @Sendable static func refillSearchText(_ database: any SQLDatabase) async throws {
        var after: Int64 = 0
        while true {
            let rows = try await database.raw(
                """
                SELECT id, body_html, image_url, image_caption, image_alt FROM posts WHERE id > \(bind: after)
                ORDER BY id LIMIT 500
                """
            ).all(decoding: PhotoRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            guard let last = rows.last else { return }
            for row in rows {
                let image = row.imageUrl.map {
                    PostImage(url: $0, caption: row.imageCaption ?? "", altText: row.imageAlt ?? "")
                }
                try await database.update("posts")
                    .set("body_text", to: PostHTML.searchText(image: image, bodyHTML: row.bodyHtml))
                    .where("id", .equal, row.id).run()
            }
            after = last.id
        }
    }

    private struct PhotoRow: Decodable {
        let id: Int64
        let bodyHtml: String
        let imageUrl: String?
        let imageCaption: String?
        let imageAlt: String?
    }
}
