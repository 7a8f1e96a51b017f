import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore: PostStore {
    public func post(atPath path: String) async throws -> Post? {
        try await backend.read { database in
            let rows = try await database.raw("\(unsafeRaw: PostRow.selectSQL) WHERE p.path = \(bind: path)")
                .all().map(PostRow.init(row:))
            return try await Self.withLabels(rows, database).first
        }
    }

    public func post(id: Int64) async throws -> Post? {
        try await backend.read { database in
            let rows = try await database.raw("\(unsafeRaw: PostRow.selectSQL) WHERE p.id = \(bind: id)")
                .all().map(PostRow.init(row:))
            return try await Self.withLabels(rows, database).first
        }
    }

    public func postCount() async throws -> Int {
        try await backend.read { database in
            try await database.raw("SELECT COUNT(*) AS n FROM posts").first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }

    public func setCommentMode(postID: Int64, _ mode: CommentMode) async throws {
        try await write(touching: .post(id: postID)) { database in
            try await database.update("posts").set("comment_mode", to: mode.rawValue).where("id", .equal, postID).run()
        }
    }

    public func createPost(_ post: Post, timeZone: TimeZoneIdentifier) async throws -> Post {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0)!
        var authorID = post.author?.id
        if authorID == nil, let name = post.author?.displayName {
            authorID = try await author(named: name).id
        }
        let finalAuthorID = authorID
        let id = try await write { database -> (Int64, Set<StoreChange>) in
            var post = post
            let date = post.publishedAt ?? post.updatedAt
            let base = post.slug.isEmpty ? Slug.make(from: post.title) : post.slug
            if post.kind == .page {
                // Pages live outside the calendar, at Blogger's `/p/<slug>.html`.
                let taken = try await database.raw("SELECT slug FROM posts WHERE path LIKE '/p/%'")
                    .all(decodingColumn: "slug", as: String.self)
                post.slug = Slug.uniquePage(base, taken: Set(taken))
                post.path = "/p/\(post.slug).html"
                let id = try await Self.insert(post, authorID: finalAuthorID, into: database)
                return (id, [.post(id: id)])
            }
            let month = Permalink(date: date, timeZone: zone, slug: base)
            let taken = try await database.raw(
                "SELECT slug FROM posts WHERE path LIKE \(bind: month.monthPrefix + "%")"
            ).all(decodingColumn: "slug", as: String.self)
            let day = Calendar(identifier: .gregorian).dateComponents(in: zone, from: date).day ?? 1
            post.slug = Slug.unique(base, day: day, taken: Set(taken))
            post.path = Permalink(year: month.year, month: month.month, slug: post.slug).path
            let id = try await Self.insert(post, authorID: finalAuthorID, into: database)
            return (id, [.post(id: id)])
        }
        guard let stored = try await self.post(id: id) else { throw StoreError.notFound("Post \(id)") }
        return stored
    }

    static func insert(_ post: Post, authorID: Int64?, into database: any SQLDatabase) async throws -> Int64 {
        let id = try await database.insert(into: "posts")
            .columns(
                "title", "slug", "path", "status", "published_at_ms", "updated_at_ms", "author_id",
                "image_url", "image_caption", "image_alt", "clip_source_url", "clip_headline", "clip_outlet",
                "clip_excerpt", "commentary", "body_html", "comment_mode", "kind", "summary", "body_text", "format"
            )
            .values(
                SQLBind(post.title), SQLBind(post.slug), SQLBind(post.path), SQLBind(post.status.rawValue),
                SQLBind(post.publishedAt?.millisecondsSince1970), SQLBind(post.updatedAt.millisecondsSince1970),
                SQLBind(authorID), SQLBind(post.image?.url), SQLBind(post.image?.caption),
                SQLBind(post.image?.altText), SQLBind(post.clipping?.sourceURL), SQLBind(post.clipping?.headline),
                SQLBind(post.clipping?.outlet), SQLBind(post.clipping.map { ExcerptText.joined($0.excerptParagraphs) }),
                SQLBind(post.commentary), SQLBind(post.bodyHTML), SQLBind(post.commentMode.rawValue),
                SQLBind(post.kind.rawValue), SQLBind(post.summary),
                SQLBind(PostHTML.searchText(image: post.image, bodyHTML: post.bodyHTML)), SQLBind(post.format.rawValue)
            )
            .returning("id")
            .first(decodingColumn: "id", as: Int64.self)
        guard let id else { throw StoreError.notFound("The new post's id") }
        for (position, label) in Self.distinctLabels(post.labels).enumerated() {
            try await database.insert(into: "post_labels").columns("post_id", "position", "label")
                .values(SQLBind(id), SQLBind(position), SQLBind(label)).run()
        }
        return id
    }

    /// Labels trimmed, empty ones dropped, each once (first spelling wins).
    static func distinctLabels(_ labels: [String]) -> [String] {
        var seen = Set<String>()
        return labels.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Turns rows into posts, loading all their labels in one query.
    static func withLabels(_ rows: [PostRow], _ database: any SQLDatabase) async throws -> [Post] {
        guard !rows.isEmpty else { return [] }
        let labelRows = try await database.select().columns("post_id", "label").from("post_labels")
            .where("post_id", .in, rows.map(\.id))
            .orderBy("post_id").orderBy("position")
            .all(decoding: LabelRow.self)
        let labels = Dictionary(grouping: labelRows, by: \.postId)
        return rows.map { $0.post(labels: labels[$0.id]?.map(\.label) ?? []) }
    }
}

/// A `post_labels` row.
struct LabelRow: Decodable {
    let postId: Int64
    let label: String

    /// Spelled out rather than converted from snake case for every row.
    enum CodingKeys: String, CodingKey {
        case postId = "post_id"
        case label
    }
}
