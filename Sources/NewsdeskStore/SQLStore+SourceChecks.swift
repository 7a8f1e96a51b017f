import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore: SourceLinkStore {
    /// How many checks of one address are kept: enough for every verdict rule and months of history.
    static let sourceChecksKept = 120

    public func claimSourcesDue(checkedBefore: Date, limit: Int, now: Date, leaseUntil: Date) async throws
        -> [SourceLink]
    {
        let limit = max(0, min(limit, 10_000))
        guard limit > 0 else { return [] }
        let lock = dialect == .postgres ? "FOR UPDATE SKIP LOCKED" : ""
        return try await write(touching: nil) { database in
            try await database.raw(
                """
                INSERT INTO source_links (url, kind)
                SELECT DISTINCT clip_source_url, 'source' FROM posts
                WHERE status = 'published' AND clip_source_url IS NOT NULL AND clip_source_url <> ''
                ON CONFLICT (url) DO NOTHING
                """
            ).run()
            // On PostgreSQL another server's claim in flight is skipped, and one committed meanwhile is seen when
            // the row is locked, so no address is handed out twice; SQLite has one writer at a time.
            return try await database.raw(
                """
                UPDATE source_links SET claimed_until_ms = \(bind: leaseUntil.millisecondsSince1970)
                WHERE id IN (
                    SELECT id FROM source_links l
                    WHERE (claimed_until_ms IS NULL OR claimed_until_ms < \(bind: now.millisecondsSince1970))
                    AND (last_checked_at_ms IS NULL OR last_checked_at_ms <= \(bind: checkedBefore.millisecondsSince1970)
                        OR recheck_requested = 1)
                    AND (kind <> 'source' OR EXISTS (
                        SELECT 1 FROM posts p WHERE p.clip_source_url = l.url AND p.status = 'published'))
                    ORDER BY recheck_requested DESC, COALESCE(last_checked_at_ms, -1), id
                    LIMIT \(bind: limit) \(unsafeRaw: lock)
                )
                RETURNING \(unsafeRaw: SourceLinkRow.columns)
                """
            ).all().map { try SourceLinkRow(row: $0).link }.sorted { $0.id < $1.id }
        }
    }

    public func registerLinks(_ urls: [String], kind: SourceLink.Kind) async throws {
        let urls = Array(Set(urls.filter { !$0.isEmpty && $0.utf8.count <= 2_000 })).sorted()
        guard !urls.isEmpty else { return }
        try await write(touching: nil) { database in
            for url in urls {
                try await database.raw(
                    "INSERT INTO source_links (url, kind) VALUES (\(bind: url), \(bind: kind.rawValue)) ON CONFLICT (url) DO NOTHING"
                ).run()
            }
        }
    }

    @discardableResult
    public func recordSourceCheck(linkID: Int64, result: SourceProbeResult, at checkedAt: Date) async throws
        -> SourceLink
    {
        try await write { database in
            guard let before = try await Self.sourceLink(id: linkID, in: database)?.link else {
                throw StoreError.notFound("source address \(linkID)")
            }
            let earlier = try await Self.sourceChecks(linkID: linkID, limit: Self.sourceChecksKept, in: database)
                .reversed()
            let check = SourceCheck(result: result, at: checkedAt, after: Array(earlier))
            let after = before.updated(by: check, after: Array(earlier))
            try await database.raw(
                """
                INSERT INTO source_checks (link_id, checked_at_ms, status, final_url, failure, observation, verdict)
                VALUES (\(bind: linkID), \(bind: checkedAt.millisecondsSince1970), \(bind: check.status),
                \(bind: check.finalURL), \(bind: check.failure?.rawValue), \(bind: check.observation.rawValue),
                \(bind: check.verdict.rawValue))
                """
            ).run()
            try await database.raw(
                """
                UPDATE source_links SET verdict = \(bind: after.verdict.rawValue), last_status = \(bind: after.lastStatus),
                final_url = \(bind: after.finalURL), consecutive_failures = \(bind: after.consecutiveFailures),
                last_checked_at_ms = \(bind: checkedAt.millisecondsSince1970),
                broken_since_ms = \(bind: after.brokenSince?.millisecondsSince1970),
                recheck_requested = 0, claimed_until_ms = NULL
                WHERE id = \(bind: linkID)
                """
            ).run()
            try await database.raw(
                """
                DELETE FROM source_checks WHERE link_id = \(bind: linkID) AND id NOT IN (
                    SELECT id FROM source_checks WHERE link_id = \(bind: linkID)
                    ORDER BY checked_at_ms DESC, id DESC LIMIT \(bind: Self.sourceChecksKept))
                """
            ).run()
            let changes =
                before.standing == after.standing
                ? [] : try await Self.citingPostChanges(of: after.url, in: database)
            return (after, changes)
        }
    }

    public func requestSourceCheck(linkID: Int64) async throws {
        try await write(touching: nil) { database in
            try await database.raw(
                "UPDATE source_links SET recheck_requested = 1, claimed_until_ms = NULL WHERE id = \(bind: linkID)"
            ).run()
        }
    }

    /// The link with `id` as stored.
    static func sourceLink(id: Int64, in database: any SQLDatabase) async throws -> SourceLinkRow? {
        try await database.raw("SELECT \(unsafeRaw: SourceLinkRow.columns) FROM source_links WHERE id = \(bind: id)")
            .first().map(SourceLinkRow.init(row:))
    }

    /// The checks of one address, newest first.
    static func sourceChecks(linkID: Int64, limit: Int, in database: any SQLDatabase) async throws -> [SourceCheck] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: SourceCheckRow.columns) FROM source_checks WHERE link_id = \(bind: linkID)
            ORDER BY checked_at_ms DESC, id DESC LIMIT \(bind: max(0, min(limit, 10_000)))
            """
        ).all().map { try SourceCheckRow(row: $0).check }
    }

    /// What readers of the posts citing `url` must see again: each post's pages, or everything when many cite it.
    static func citingPostChanges(of url: String, in database: any SQLDatabase) async throws -> Set<StoreChange> {
        let ids = try await database.raw("SELECT id FROM posts WHERE clip_source_url = \(bind: url) LIMIT 101")
            .all(decodingColumn: "id", as: Int64.self)
        return ids.count > 100 ? [.everything] : Set(ids.map { .post(id: $0) })
    }
}
