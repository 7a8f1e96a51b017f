import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore: ArchiveStore {
    public func importArchive(
        _ archive: BlogArchive, options: ArchiveImportOptions, progress: @escaping @Sendable (Int, Int) -> Void
    ) async throws -> ArchiveImportResult {
        let dialect = self.dialect
        return try await write(touching: .everything) { database in
            try await ArchiveWriter(database: database, dialect: dialect, progress: progress)
                .store(archive, options: options)
        }
    }

    public func exportArchive() async throws -> BlogArchive {
        let dialect = self.dialect
        // One transaction, so a comment posted meanwhile cannot name a post the export missed: on SQLite it
        // holds writers off for the export's length; PostgreSQL reads one snapshot and blocks nobody.
        return try await backend.transaction { database in
            if dialect == .postgres {
                try await database.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
            }
            let blog = try await Self.blog(in: database)
            let authors = try await database.raw("SELECT id, display_name, profile_url FROM authors ORDER BY id")
                .all(decoding: AuthorRow.self, keyDecodingStrategy: .convertFromSnakeCase)
                .map { Author(displayName: $0.displayName, profileURL: $0.profileUrl) }
            let postRows = try await database.raw(
                "\(unsafeRaw: PostRow.selectSQL) ORDER BY p.id"
            ).all().map(PostRow.init(row:))
            let posts = try await Self.withLabels(postRows, database)
            let comments = try await database.raw(
                "SELECT \(unsafeRaw: CommentRow.columns), author_email, held_reason, source_key FROM comments ORDER BY id"
            ).all().map(ArchivedCommentRow.init(row:))
            let redirects = try await database.raw("SELECT from_path, to_path FROM redirects ORDER BY from_path")
                .all(decoding: RedirectRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            let moderation = try await database.raw(
                "SELECT comment_id, action, from_status, to_status, actor, at_ms FROM comment_moderation_log ORDER BY id"
            ).all(decoding: ModerationRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            let sources = try await Self.archivedSources(in: database)
            return BlogArchive(
                blog: blog,
                authors: authors,
                posts: zip(postRows, posts).map { row, post in ArchivedPost(post, sourceKey: row.sourceKey) },
                comments: comments.map(\.archived),
                redirects: redirects.map { Redirect(from: $0.fromPath, to: $0.toPath) },
                moderation: moderation.map(\.record),
                sources: sources
            )
        }
    }

    public func redirects() async throws -> [String: String] {
        try await backend.read { database in
            let rows = try await database.raw("SELECT from_path, to_path FROM redirects")
                .all(decoding: RedirectRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            return Dictionary(rows.map { ($0.fromPath, $0.toPath) }, uniquingKeysWith: { first, _ in first })
        }
    }

    public func postIDsByPath() async throws -> [String: Int64] {
        try await backend.read { database in
            let rows = try await database.raw(
                """
                SELECT path, id FROM posts
                UNION ALL
                SELECT r.from_path AS path, p.id FROM redirects r JOIN posts p ON p.path = r.to_path
                """
            ).all(decoding: PathRow.self)
            return Dictionary(rows.map { ($0.path, $0.id) }, uniquingKeysWith: { first, _ in first })
        }
    }
}

/// A path with its post's id.
struct PathRow: Decodable {
    let path: String
    let id: Int64
}

/// A `redirects` row.
struct RedirectRow: Decodable {
    let fromPath: String
    let toPath: String
}

extension ArchivedPost {
    /// A stored post as an archive carries it.
    init(_ post: Post, sourceKey: String?) {
        self.init(
            id: post.id ?? 0, kind: post.kind, status: post.status, title: post.title, slug: post.slug,
            path: post.path, publishedAt: post.publishedAt, updatedAt: post.updatedAt,
            author: post.author?.displayName, labels: post.labels, image: post.image, clipping: post.clipping,
            commentary: post.commentary, summary: post.summary, bodyHTML: post.bodyHTML,
            commentMode: post.commentMode, sourceKey: sourceKey, format: post.format
        )
    }
}
