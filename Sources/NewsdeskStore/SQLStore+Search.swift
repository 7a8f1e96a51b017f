import NewsdeskCore
import SQLKit

extension SQLStore {
    /// Ranking looks at this many of the newest matches: a word on half of 100,000 posts would otherwise be
    /// scored on all of them (0.3 s on SQLite, bench/search). A query that matches more shows the best of its
    /// most recent matches; narrower queries are ranked whole.
    static let searchWindow = 200

    public func search(_ query: SearchQuery, offset: Int, limit: Int) async throws -> [SearchHit] {
        guard !query.isEmpty, limit > 0 else { return [] }
        // SQLite's NEAR finds these phrases' words in either order: its matches are checked here.
        let patterns = backend.dialect == .sqlite ? PhrasePattern.all(in: query) : []
        return try await backend.read { database in
            let ranked: SQLQueryString
            let join: SQLRaw
            switch self.backend.dialect {
            case .sqlite: (ranked, join) = (try await self.fts5Ranking(query, database), SQLRaw("CROSS JOIN"))
            case .postgres: (ranked, join) = (Self.tsvectorRanking(query), SQLRaw("JOIN"))
            }
            let matcher = SearchExcerpt.Matcher(query)
            guard !patterns.isEmpty else {
                return try await Self.rankedRows(ranked, join, offset: offset, limit: limit, database)
                    .map { $0.hit(matching: matcher) }
            }
            // The whole window (at most ``searchWindow`` posts) is read, checked, then paged. Rare, and the only
            // way: FTS5 has no ordered NEAR, and checking the phrase with its stopwords in FTS5 walks their
            // doclists again for each candidate (23–95 ms).
            return try await Self.rankedRows(ranked, join, offset: 0, limit: Self.searchWindow, database)
                .filter { row in
                    let texts = row.indexedTexts.map(PhrasePattern.tokens(of:))
                    return patterns.allSatisfy { pattern in texts.contains(where: pattern.occurs(inTokens:)) }
                }
                .dropFirst(max(0, offset)).prefix(limit).map { $0.hit(matching: matcher) }
        }
    }

    /// The ranked posts from `offset` on, best first, reading only the columns a result shows.
    ///
    /// Ranked on ids and dates only, then only the page is read. SQLite's planner sometimes walked every published
    /// post and probed the few ranked ones (0.1 s on 100,000 posts); CROSS JOIN makes it start from the ranked
    /// ones, as PostgreSQL does by itself (where CROSS JOIN takes no ON).
    private static func rankedRows(
        _ ranked: SQLQueryString, _ join: SQLRaw, offset: Int, limit: Int, _ database: any SQLDatabase
    ) async throws -> [SearchRow] {
        try await database.raw(
            """
            SELECT \(unsafeRaw: SearchRow.columnsSQL)
            FROM (
                SELECT ranked.id, ranked.score, p.published_at_ms
                FROM (\(ranked)) ranked \(join) posts p ON p.id = ranked.id
                WHERE \(Self.publishedPostsCondition)
                ORDER BY ranked.score, p.published_at_ms DESC, p.id DESC
                \(limit: limit, offset: offset)
            ) page \(join) posts p ON p.id = page.id
            ORDER BY page.score, page.published_at_ms DESC, p.id DESC
            """
        ).all().map(SearchRow.init(row:))
    }

    /// PostgreSQL: `ts_rank_cd` over the newest matches (it reads only each row's own vector).
    static func tsvectorRanking(_ query: SearchQuery) -> SQLQueryString {
        let tsquery = SearchExpression.tsquery(query)
        return """
            SELECT id, -ts_rank_cd(search_vector, to_tsquery('english', \(bind: tsquery))) AS score
            FROM posts WHERE search_vector @@ to_tsquery('english', \(bind: tsquery))
            ORDER BY id DESC \(limit: searchWindow)
            """
    }
}
