import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore {
    public func sourceReports(onlyProblems: Bool, limit: Int) async throws -> [SourceReport] {
        let problems = onlyProblems ? "AND l.verdict IN ('gone', 'soft-404', 'moved')" : ""
        return try await backend.read { database in
            let rows = try await database.raw(
                """
                SELECT \(unsafeRaw: Self.prefixed(SourceLinkRow.columns)), (
                    SELECT MAX(COALESCE(p.published_at_ms, p.updated_at_ms)) FROM posts p
                    WHERE p.clip_source_url = l.url) AS newest_ms
                FROM source_links l
                WHERE EXISTS (SELECT 1 FROM posts p WHERE p.clip_source_url = l.url) \(unsafeRaw: problems)
                ORDER BY CASE WHEN l.decision IS NOT NULL THEN 3 WHEN l.verdict IN ('gone', 'soft-404') THEN 0
                    WHEN l.verdict = 'moved' THEN 1 ELSE 2 END, newest_ms DESC, l.id
                LIMIT \(bind: max(0, min(limit, 10_000)))
                """
            ).all().map(SourceLinkRow.init(row:))
            let citing = try await Self.citingPosts(of: rows.map(\.link.url), in: database)
            return rows.map {
                SourceReport(link: $0.link, posts: citing[$0.link.url] ?? [], archiveSave: $0.archiveSave)
            }
        }
    }

    public func sourceReport(linkID: Int64) async throws -> SourceReport? {
        try await backend.read { database in
            guard let row = try await Self.sourceLink(id: linkID, in: database) else { return nil }
            let citing = try await Self.citingPosts(of: [row.link.url], in: database)
            return SourceReport(link: row.link, posts: citing[row.link.url] ?? [], archiveSave: row.archiveSave)
        }
    }

    public func sourceChecks(linkID: Int64, limit: Int) async throws -> [SourceCheck] {
        try await backend.read { database in try await Self.sourceChecks(linkID: linkID, limit: limit, in: database) }
    }

    public func setSourceDecision(linkID: Int64, _ decision: SourceLink.Decision?) async throws {
        try await write { database in
            guard let link = try await Self.sourceLink(id: linkID, in: database)?.link else {
                throw StoreError.notFound("source address \(linkID)")
            }
            try await database.raw(
                "UPDATE source_links SET decision = \(bind: decision?.rawValue) WHERE id = \(bind: linkID)"
            ).run()
            var decided = link
            decided.decision = decision
            let changes =
                link.standing == decided.standing ? [] : try await Self.citingPostChanges(of: link.url, in: database)
            return ((), changes)
        }
    }

    @discardableResult
    public func replaceSourceAddress(linkID: Int64, with newURL: String) async throws -> [Int64] {
        try await write { database in
            guard let link = try await Self.sourceLink(id: linkID, in: database)?.link else {
                throw StoreError.notFound("source address \(linkID)")
            }
            let ids = try await database.raw(
                "UPDATE posts SET clip_source_url = \(bind: newURL) WHERE clip_source_url = \(bind: link.url) RETURNING id"
            ).all(decodingColumn: "id", as: Int64.self).sorted()
            return (ids, Set(ids.map { .post(id: $0) }))
        }
    }

    public func problemSourceCount() async throws -> Int {
        try await backend.read { database in
            try await database.raw(
                """
                SELECT COUNT(*) AS n FROM source_links l
                WHERE l.verdict IN ('gone', 'soft-404', 'moved') AND l.decision IS NULL
                AND EXISTS (SELECT 1 FROM posts p WHERE p.clip_source_url = l.url AND p.status = 'published')
                """
            ).first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }

    public func recordArchiveSave(url: String, status: Int, at: Date) async throws {
        try await write(touching: nil) { database in
            try await database.raw(
                """
                INSERT INTO source_links (url, kind, archive_saved_at_ms, archive_save_status)
                VALUES (\(bind: url), 'source', \(bind: at.millisecondsSince1970), \(bind: status))
                ON CONFLICT (url) DO UPDATE SET archive_saved_at_ms = \(bind: at.millisecondsSince1970),
                archive_save_status = \(bind: status)
                """
            ).run()
        }
    }

    /// The posts citing each of `urls`, newest first.
    static func citingPosts(of urls: [String], in database: any SQLDatabase) async throws -> [String: [CitingPost]] {
        guard !urls.isEmpty else { return [:] }
        let rows = try await database.select()
            .columns("id", "title", "path", "published_at_ms", "clip_source_url").from("posts")
            .where("clip_source_url", .in, urls)
            .orderBy(
                SQLOrderBy(
                    expression: SQLRaw("COALESCE(published_at_ms, updated_at_ms)"), direction: SQLDirection.descending)
            )
            .orderBy("id")
            .all()
        var citing: [String: [CitingPost]] = [:]
        for row in rows {
            let url = try row.decode(column: "clip_source_url", as: String.self)
            citing[url, default: []].append(
                CitingPost(
                    id: try row.decode(column: "id", as: Int64.self),
                    title: try row.decode(column: "title", as: String.self),
                    path: try row.decode(column: "path", as: String.self),
                    publishedAt: try row.optional("published_at_ms", Int64.self).map(Date.init(millisecondsSince1970:))
                ))
        }
        return citing
    }

    /// `columns` each prefixed with the source link table's alias `l.`.
    static func prefixed(_ columns: String) -> String {
        columns.split(separator: ",").map { "l." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .joined(separator: ", ")
    }
}
