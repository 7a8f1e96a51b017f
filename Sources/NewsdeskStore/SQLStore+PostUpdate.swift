import Foundation
import NewsdeskCore
import SQLKit

/// The parts of saving an edited post.
extension SQLStore {
    /// What is stored of a post before an edit.
    struct StoredState: Decodable {
        let path: String
        let slug: String
        let status: String
    }

    static func currentState(of id: Int64, in database: any SQLDatabase) async throws -> StoredState? {
        try await database.raw("SELECT path, slug, status FROM posts WHERE id = \(bind: id)")
            .first(decoding: StoredState.self)
    }

    /// The slug and path an edited post gets: a published post keeps its path unless its slug was changed;
    /// otherwise the path follows the slug and date, the slug made unique within its month.
    static func placed(_ post: Post, current: StoredState, zone: TimeZone, in database: any SQLDatabase) async throws
        -> (slug: String, path: String)
    {
        let base = post.slug.isEmpty ? Slug.make(from: post.title) : Slug.make(from: post.slug)
        if current.status == PostStatus.published.rawValue, base == current.slug { return (current.slug, current.path) }
        if post.kind == .page {
            let path = "/p/\(base).html"
            let taken = try await database.raw(
                "SELECT id FROM posts WHERE path = \(bind: path) AND id <> \(bind: post.id ?? 0)"
            ).all().count
            return taken == 0 ? (base, path) : (current.slug, current.path)
        }
        let date = post.publishedAt ?? post.updatedAt
        let month = Permalink(date: date, timeZone: zone, slug: base)
        let taken = try await database.raw(
            "SELECT slug FROM posts WHERE path LIKE \(bind: month.monthPrefix + "%") AND id <> \(bind: post.id ?? 0)"
        ).all(decodingColumn: "slug", as: String.self)
        let day = Calendar(identifier: .gregorian).dateComponents(in: zone, from: date).day ?? 1
        let slug = Slug.unique(base, day: day, taken: Set(taken))
        return (slug, Permalink(year: month.year, month: month.month, slug: slug).path)
    }

    static func update(_ post: Post, authorID: Int64?, in database: any SQLDatabase) async throws {
        guard let id = post.id else { return }
        try await database.update("posts")
            .set("title", to: post.title).set("slug", to: post.slug).set("path", to: post.path)
            .set("status", to: post.status.rawValue)
            .set("published_at_ms", to: SQLBind(post.publishedAt?.millisecondsSince1970))
            .set("updated_at_ms", to: post.updatedAt.millisecondsSince1970).set("author_id", to: SQLBind(authorID))
            .set("image_url", to: SQLBind(post.image?.url)).set("image_caption", to: SQLBind(post.image?.caption))
            .set("image_alt", to: SQLBind(post.image?.altText))
            .set("clip_source_url", to: SQLBind(post.clipping?.sourceURL))
            .set("clip_headline", to: SQLBind(post.clipping?.headline))
            .set("clip_outlet", to: SQLBind(post.clipping?.outlet))
            .set("clip_excerpt", to: SQLBind(post.clipping.map { ExcerptText.joined($0.excerptParagraphs) }))
            .set("commentary", to: post.commentary).set("body_html", to: post.bodyHTML)
            .set("body_text", to: PostHTML.searchText(image: post.image, bodyHTML: post.bodyHTML))
            .set("comment_mode", to: post.commentMode.rawValue).set("kind", to: post.kind.rawValue)
            .set("summary", to: post.summary).set("format", to: post.format.rawValue)
            .where("id", .equal, id).run()
        try await database.raw("DELETE FROM post_labels WHERE post_id = \(bind: id)").run()
        for (position, label) in distinctLabels(post.labels).enumerated() {
            try await database.insert(into: "post_labels").columns("post_id", "position", "label")
                .values(SQLBind(id), SQLBind(position), SQLBind(label)).run()
        }
    }
}
