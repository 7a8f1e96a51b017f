import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore: DiscoveryStore {
    /// Published dated posts: what every listing starts from.
    static let publishedPostsCondition = SQLRaw(
        "p.status = '\(PostStatus.published.rawValue)' AND p.kind = '\(PostKind.post.rawValue)'")

    public func publishedPosts(_ filter: PostFilter, offset: Int, limit: Int) async throws -> [Post] {
        try await backend.read { database in
            let rows = try await database.raw(
                """
                \(unsafeRaw: PostRow.selectSQL)
                WHERE \(Self.publishedPostsCondition) \(Self.condition(filter))
                ORDER BY p.published_at_ms DESC, p.id DESC
                \(limit: limit, offset: offset)
                """
            ).all().map(PostRow.init(row:))
            return try await Self.withLabels(rows, database)
        }
    }

    /// The SQL that narrows published posts to a filter's.
    static func condition(_ filter: PostFilter) -> SQLQueryString {
        switch filter {
        case .all:
            return ""
        case .label(let label):
            // From the label's index, then sorted: a rare label must not scan every post.
            return "AND p.id IN (SELECT post_id FROM post_labels WHERE label = \(bind: label))"
        case .period(let start, let end):
            return
                "AND p.published_at_ms >= \(bind: start.millisecondsSince1970) AND p.published_at_ms < \(bind: end.millisecondsSince1970)"
        case .outlet(let outlet):
            return "AND p.clip_outlet = \(bind: outlet)"
        }
    }

    public func labelCounts() async throws -> [LabelCount] {
        try await backend.read { database in
            try await database.raw(
                """
                SELECT l.label, COUNT(*) AS n FROM post_labels l JOIN posts p ON p.id = l.post_id
                WHERE \(Self.publishedPostsCondition) GROUP BY l.label ORDER BY l.label
                """
            ).all().map { LabelCount(label: try $0.decode(column: "label"), count: try $0.decode(column: "n")) }
        }
    }

    public func outletCounts() async throws -> [OutletCount] {
        try await backend.read { database in
            try await database.raw(
                """
                SELECT p.clip_outlet AS outlet, COUNT(*) AS n FROM posts p
                WHERE \(Self.publishedPostsCondition) AND p.clip_outlet IS NOT NULL AND p.clip_outlet <> ''
                GROUP BY p.clip_outlet ORDER BY n DESC, p.clip_outlet
                """
            ).all().map { OutletCount(outlet: try $0.decode(column: "outlet"), count: try $0.decode(column: "n")) }
        }
    }

    /// Counted in the database a month at a time, from the index on status, kind and time: reading every post's
    /// time to count them here took 0.1–0.2 s on 100,000 posts, after every write (bench/search).
    /// Two centuries (2,400 months, 7,200 bound values: within PostgreSQL's 65,535).
    static let archiveSpanLimitMs: Int64 = 200 * 31_557_600_000

    public func archiveCalendar(in timeZone: TimeZone) async throws -> ArchiveCalendar {
        try await backend.read { database in
            guard
                let range = try await database.raw(
                    """
                    SELECT MIN(p.published_at_ms) AS first, MAX(p.published_at_ms) AS last FROM posts p
                    WHERE \(Self.publishedPostsCondition) AND p.published_at_ms IS NOT NULL
                    """
                ).first(),
                let first = try range.optional("first", Int64.self), let last = try range.optional("last", Int64.self)
            else { return ArchiveCalendar(months: []) }
            // A blog whose dates span more than two centuries (an import with a wrong year) is counted from its
            // posts' times instead: a statement per month would be thousands of them.
            guard last - first < Self.archiveSpanLimitMs else {
                let times = try await database.raw(
                    """
                    SELECT p.published_at_ms FROM posts p WHERE \(Self.publishedPostsCondition)
                    AND p.published_at_ms IS NOT NULL ORDER BY p.published_at_ms
                    """
                ).all().map { Date(millisecondsSince1970: try $0.decode(column: "published_at_ms", as: Int64.self)) }
                return ArchiveCalendar(publishedAt: times, timeZone: timeZone)
            }
            let spans = ArchiveCalendar.months(
                from: Date(millisecondsSince1970: first), to: Date(millisecondsSince1970: last), timeZone: timeZone)
            var counts = SQLQueryString(
                """
                SELECT b.column1 AS month, (SELECT COUNT(*) FROM posts p WHERE \(Self.publishedPostsCondition)
                AND p.published_at_ms >= b.column2 AND p.published_at_ms < b.column3) AS n FROM (VALUES
                """)
            for (index, span) in spans.enumerated() {
                counts.appendInterpolation(unsafeRaw: index == 0 ? "(" : ", (")
                counts.appendInterpolation(bind: Int64(index))
                counts.appendInterpolation(unsafeRaw: ", ")
                counts.appendInterpolation(bind: span.start.millisecondsSince1970)
                counts.appendInterpolation(unsafeRaw: ", ")
                counts.appendInterpolation(bind: span.end.millisecondsSince1970)
                counts.appendInterpolation(unsafeRaw: ")")
            }
            counts.appendInterpolation(unsafeRaw: ") AS b")
            let months = try await database.raw(counts).all().map { row in
                let span = spans[Int(try row.decode(column: "month", as: Int64.self))]
                return ArchiveCalendar.Month(
                    year: span.year, month: span.month, count: Int(try row.decode(column: "n", as: Int64.self)))
            }
            return ArchiveCalendar(months: months)
        }
    }

    public func publishedPages() async throws -> [Post] {
        try await backend.read { database in
            let rows = try await database.raw(
                """
                \(unsafeRaw: PostRow.selectSQL)
                WHERE p.status = \(bind: PostStatus.published.rawValue) AND p.kind = \(bind: PostKind.page.rawValue)
                ORDER BY p.title, p.id
                """
            ).all().map(PostRow.init(row:))
            return try await Self.withLabels(rows, database)
        }
    }

    public func sitemapEntries() async throws -> [SitemapEntry] {
        try await backend.read { database in
            try await database.raw(
                """
                SELECT path, updated_at_ms FROM posts WHERE status = \(bind: PostStatus.published.rawValue)
                ORDER BY published_at_ms DESC, id DESC
                """
            ).all().map {
                SitemapEntry(
                    path: try $0.decode(column: "path"),
                    updatedAt: Date(millisecondsSince1970: try $0.decode(column: "updated_at_ms", as: Int64.self)))
            }
        }
    }

    public func postID(sourceKeySuffix suffix: String) async throws -> Int64? {
        guard !suffix.isEmpty, !suffix.contains(where: { $0 == "%" || $0 == "_" || $0 == "\\" }) else { return nil }
        return try await backend.read { database in
            try await database.raw(
                "SELECT id FROM posts WHERE source_key LIKE \(bind: "%" + suffix) ORDER BY id LIMIT 1"
            ).first(decodingColumn: "id", as: Int64.self)
        }
    }
}
