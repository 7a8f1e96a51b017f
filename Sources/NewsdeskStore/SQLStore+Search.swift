import NewsdeskCore
import SQLKit

extension SQLStore {
    /// Ranking looks at this many of the newest matches: a word on half of 100,000 posts would otherwise be
    /// scored on all of them (0.3 s on SQLite, bench/search). A query that matches more shows the best of its
    /// most recent matches; narrower queries are ranked whole.
    static let searchWindow = 200

    public func search(_ query: SearchQuery, offset: Int, limit: Int) async throws -> [SearchHit] {
        guard !query.isEmpty, limit > 0 else { return [] }
        return try await backend.read { database in
            let ranked: SQLQueryString
            let join: SQLRaw
            switch backend.dialect {
            case .sqlite: (ranked, join) = (try await self.fts5Ranking(query, database), SQLRaw("CROSS JOIN"))
            case .postgres: (ranked, join) = (Self.tsvectorRanking(query), SQLRaw("JOIN"))
            }
            // Ranked on ids and dates only; only the page shown is read, and only the columns a result shows.
            // SQLite's planner sometimes walked every published post and probed the few ranked ones (0.1 s on
            // 100,000 posts); CROSS JOIN makes it start from the ranked ones, as PostgreSQL does by itself (where
            // CROSS JOIN takes no ON).
            let matcher = SearchExcerpt.Matcher(query)
            return try await database.raw(
                """
                SELECT \(unsafeRaw: SearchRow.columnsSQL)
                FROM (
                    SELECT ranked.id, ranked.score, p.published_at_ms
                    FROM (\(ranked)) ranked \(join) posts p ON p.id = ranked.id
                    WHERE \(Self.publishedPostsCondition)
                    ORDER BY ranked.score, p.published_at_ms DESC, p.id DESC
                    LIMIT \(bind: limit) OFFSET \(bind: max(0, offset))
                ) page \(join) posts p ON p.id = page.id
                ORDER BY page.score, page.published_at_ms DESC, p.id DESC
                """
            ).all().map { try SearchRow(row: $0).hit(matching: matcher) }
        }
    }

    /// PostgreSQL: `ts_rank_cd` over the newest matches (it reads only each row's own vector).
    static func tsvectorRanking(_ query: SearchQuery) -> SQLQueryString {
        let tsquery = SearchExpression.tsquery(query)
        return """
            SELECT id, -ts_rank_cd(search_vector, to_tsquery('english', \(bind: tsquery))) AS score
            FROM posts WHERE search_vector @@ to_tsquery('english', \(bind: tsquery))
            ORDER BY id DESC LIMIT \(bind: searchWindow)
            """
    }
}
