import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore: EditorialStore {
    public func editorialPosts(_ filter: EditorialFilter, offset: Int, limit: Int) async throws -> [Post] {
        try await backend.read { database in
            let rows = try await database.raw(
                """
                \(unsafeRaw: PostRow.selectSQL) WHERE 1 = 1 \(Self.condition(filter))
                ORDER BY p.updated_at_ms DESC, p.id DESC
                \(limit: limit, offset: offset)
                """
            ).all().map(PostRow.init(row:))
            return try await Self.withLabels(rows, database)
        }
    }

    public func editorialCounts(authorID: Int64?) async throws -> [PostStatus: Int] {
        try await backend.read { database in
            let rows = try await database.raw(
                """
                SELECT p.status, COUNT(*) AS n FROM posts p WHERE 1 = 1 \(authorID.map { "AND p.author_id = \(bind: $0)" as SQLQueryString } ?? "")
                GROUP BY p.status
                """
            ).all()
            var counts: [PostStatus: Int] = [:]
            for row in rows {
                if let status = PostStatus(rawValue: try row.decode(column: "status", as: String.self)) {
                    counts[status] = try row.decode(column: "n", as: Int.self)
                }
            }
            return counts
        }
    }

    /// The SQL that narrows posts to an editorial filter's.
    static func condition(_ filter: EditorialFilter) -> SQLQueryString {
        // Without a state, everything but the trash.
        var condition: SQLQueryString = "AND p.status <> \(bind: PostStatus.trashed.rawValue)"
        if let status = filter.status { condition = "AND p.status = \(bind: status.rawValue)" }
        if let authorID = filter.authorID { condition = "\(condition) AND p.author_id = \(bind: authorID)" }
        return condition
    }
}

extension SQLStore {
    public func updatePost(_ post: Post, timeZone: TimeZoneIdentifier) async throws -> Post {
        guard let id = post.id else { throw StoreError.notFound("A post without an id") }
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0)!
        var authorID = post.author?.id
        if authorID == nil, let name = post.author?.displayName { authorID = try await author(named: name).id }
        let finalAuthorID = authorID
        try await write(touching: .post(id: id)) { database in
            guard let current = try await Self.currentState(of: id, in: database) else {
                throw StoreError.notFound("Post \(id)")
            }
            var post = post
            let placed = try await Self.placed(post, current: current, zone: zone, in: database)
            (post.slug, post.path) = (placed.slug, placed.path)
            if placed.path != current.path, current.status == PostStatus.published.rawValue {
                try await database.raw(
                    """
                    INSERT INTO redirects (from_path, to_path) VALUES (\(bind: current.path), \(bind: placed.path))
                    ON CONFLICT (from_path) DO UPDATE SET to_path = excluded.to_path
                    """
                ).run()
            }
            try await Self.update(post, authorID: finalAuthorID, in: database)
        }
        guard let stored = try await self.post(id: id) else { throw StoreError.notFound("Post \(id)") }
        return stored
    }

    public func trashPost(id: Int64) async throws -> Bool {
        try await write { database in
            let trashed =
                try await database.raw(
                    """
                    UPDATE posts SET status_before_trash = status, status = \(bind: PostStatus.trashed.rawValue)
                    WHERE id = \(bind: id) AND status <> \(bind: PostStatus.trashed.rawValue) RETURNING id
                    """
                ).all().count == 1
            return (trashed, trashed ? [.post(id: id)] : [])
        }
    }

    public func restorePost(id: Int64) async throws -> Bool {
        try await write { database in
            let restored =
                try await database.raw(
                    """
                    UPDATE posts SET status = COALESCE(status_before_trash, \(bind: PostStatus.draft.rawValue)),
                        status_before_trash = NULL
                    WHERE id = \(bind: id) AND status = \(bind: PostStatus.trashed.rawValue) RETURNING id
                    """
                ).all().count == 1
            return (restored, restored ? [.post(id: id)] : [])
        }
    }

    public func publishDuePosts(at now: Date) async throws -> [Int64] {
        // Read first, so the many idle polls do not advance the change counter (which drops every page cache).
        let due = try await backend.read { database in
            try await database.raw(
                """
                SELECT id FROM posts WHERE status = \(bind: PostStatus.scheduled.rawValue)
                AND published_at_ms <= \(bind: now.millisecondsSince1970) LIMIT 1
                """
            ).all().count
        }
        guard due > 0 else { return [] }
        return try await write { database in
            let published = try await database.raw(
                """
                UPDATE posts SET status = \(bind: PostStatus.published.rawValue)
                WHERE status = \(bind: PostStatus.scheduled.rawValue) AND published_at_ms <= \(bind: now.millisecondsSince1970)
                RETURNING id
                """
            ).all(decodingColumn: "id", as: Int64.self).sorted()
            return (published, Set(published.map { .post(id: $0) }))
        }
    }
}
