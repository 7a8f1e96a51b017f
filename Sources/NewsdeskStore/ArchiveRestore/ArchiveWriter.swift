import Foundation
import NewsdeskCore
import SQLKit

/// Stores a whole archive inside one open transaction: authors, posts with labels, comments, redirects and
/// the moderation log, and the source checker's records.
///
/// Ids are assigned, not generated: an archive post with id `n` becomes `highest stored id + n`, so an
/// archive restored into an empty blog keeps its ids (and its `#c<ID>` anchors), and rows go in as
/// multi-row INSERTs of ``batchSize`` instead of one statement each.
struct ArchiveWriter {
    let database: any SQLDatabase
    let dialect: SQLDialectKind
    let progress: @Sendable (Int, Int) -> Void

    /// Rows per INSERT: well under both databases' limits on bound values (SQLite's 32,766).
    static let batchSize = 200

    func store(_ archive: BlogArchive, options: ArchiveImportOptions) async throws -> ArchiveImportResult {
        if dialect == .postgres {
            // Other servers keep reading; writers wait, so the ids taken below stay free until commit.
            try await database.raw(
                "LOCK TABLE authors, posts, post_labels, comments, redirects IN SHARE ROW EXCLUSIVE MODE"
            ).run()
        }
        if options.requiresEmptyBlog {
            let posts = try await count("posts")
            let comments = try await count("comments")
            if posts > 0 || comments > 0 { throw ArchiveImportError.blogNotEmpty(posts: posts, comments: comments) }
        }
        try await storeSettings(archive.blog, options: options)
        var result = ArchiveImportResult()
        let total = archive.posts.count + archive.comments.count
        let authorIDs = try await storeAuthors(archive)
        let postIDs = try await storePosts(archive.posts, authorIDs: authorIDs, total: total, into: &result)
        let commentIDs = try await storeComments(
            archive.comments, postIDs: postIDs, done: archive.posts.count, total: total, into: &result)
        try await storeModeration(archive.moderation, commentIDs: commentIDs)
        result.redirectsAdded = try await storeRedirects(archive.redirects)
        try await storeSources(archive.sources)
        if dialect == .postgres {
            for table in ["authors", "posts", "comments"] {
                try await database.raw(
                    """
                    SELECT setval(pg_get_serial_sequence(\(bind: table), 'id'),
                                  (SELECT COALESCE(MAX(id), 0) + 1 FROM \(ident: table)), false)
                    """
                ).run()
            }
        }
        return result
    }

    func count(_ table: String) async throws -> Int {
        try await database.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decodingColumn: "n", as: Int.self)
            ?? 0
    }

    func highestID(_ table: String) async throws -> Int64 {
        try await database.raw("SELECT COALESCE(MAX(id), 0) AS n FROM \(ident: table)")
            .first(decodingColumn: "n", as: Int64.self) ?? 0
    }

    /// The archive's settings replace the blog's; an export from elsewhere only brings title and description.
    private func storeSettings(_ blog: Blog?, options: ArchiveImportOptions) async throws {
        var settings = blog
        if settings == nil, options.blogTitle != nil || options.blogDescription != nil {
            var current = try await SQLStore.blog(in: database)
            if let title = options.blogTitle, !title.isEmpty { current.title = title }
            if let description = options.blogDescription { current.description = description }
            settings = current
        }
        guard let settings else { return }
        let json = String(decoding: try JSONEncoder().encode(settings), as: UTF8.self)
        try await database.raw("DELETE FROM blog_settings WHERE id = 1").run()
        try await database.insert(into: "blog_settings").columns("id", "settings_json")
            .values(SQLBind(1), SQLBind(json)).run()
    }

    /// Every author the archive names, found or added in the archive's order (so a restore keeps the order
    /// exports list them in); their ids by name.
    private func storeAuthors(_ archive: BlogArchive) async throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for author in ArchiveImportPlan.authors(in: archive) where ids[author.displayName] == nil {
            try await database.raw(
                """
                INSERT INTO authors (display_name, profile_url) VALUES (\(bind: author.displayName), \(bind: author.profileURL))
                ON CONFLICT (display_name) DO NOTHING
                """
            ).run()
            ids[author.displayName] = try await database.raw(
                "SELECT id FROM authors WHERE display_name = \(bind: author.displayName)"
            ).first(decodingColumn: "id", as: Int64.self)
        }
        return ids
    }

    /// Source keys already stored in `table`, with their rows' ids.
    func storedSourceKeys(_ table: String) async throws -> [String: Int64] {
        let rows = try await database.raw(
            "SELECT id, source_key FROM \(ident: table) WHERE source_key IS NOT NULL"
        ).all(decoding: SourceKeyRow.self)
        return Dictionary(rows.map { ($0.sourceKey, $0.id) }, uniquingKeysWith: { first, _ in first })
    }

    private func storeRedirects(_ redirects: [Redirect]) async throws -> Int {
        var added = 0
        for redirect in redirects where redirect.staysOnTheBlog {
            let inserted = try await database.raw(
                """
                INSERT INTO redirects (from_path, to_path) VALUES (\(bind: redirect.from), \(bind: redirect.to))
                ON CONFLICT (from_path) DO NOTHING RETURNING from_path
                """
            ).first()
            if inserted != nil { added += 1 }
        }
        return added
    }
}

/// An `id` with its `source_key`.
struct SourceKeyRow: Decodable {
    let id: Int64
    let sourceKey: String

    enum CodingKeys: String, CodingKey {
        case id
        case sourceKey = "source_key"
    }
}
