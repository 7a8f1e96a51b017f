import NewsdeskCore
import SQLKit

extension SQLStore {
    /// Ranking looks at this many of the newest matches: a word on half of 100,000 posts would otherwise be
    /// scored on all of them (0.3 s on SQLite, bench/search). A query that matches more shows the best of its
    /// most recent matches; narrower queries are ranked whole.
    static let searchWindow = 200

    public func search(_ query: SearchQuery, offset: Int, limit: Int) async throws -> [SearchHit] {
        guard !query.isEmpty, limit > 0 else { return [] }
        let ranked: SQLQueryString
        // SQLite's planner sometimes walked every published post and probed the few ranked ones (0.1 s on
        // 100,000 posts); CROSS JOIN makes it start from the ranked ones, as PostgreSQL does by itself.
        let join: SQLRaw
        switch backend.dialect {
        case .sqlite:
            // Title and headline weigh most, then the outlet; bm25 ranks lower-is-better.
            ranked = """
                SELECT rowid AS id, bm25(post_search, 10.0, 10.0, 4.0, 1.0, 1.0, 1.0) AS score FROM post_search
                WHERE post_search MATCH \(bind: SearchExpression.fts5(query))
                ORDER BY rowid DESC LIMIT \(bind: Self.searchWindow)
                """
            join = SQLRaw("CROSS JOIN")
        case .postgres:
            ranked = """
                SELECT id, -ts_rank_cd(search_vector, to_tsquery('english', \(bind: SearchExpression.tsquery(query))))
                       AS score
                FROM posts WHERE search_vector @@ to_tsquery('english', \(bind: SearchExpression.tsquery(query)))
                ORDER BY id DESC LIMIT \(bind: Self.searchWindow)
                """
            join = SQLRaw("JOIN")
        }
        return try await backend.read { database in
            let rows = try await database.raw(
                """
                SELECT \(unsafeRaw: PostRow.columnsSQL)
                FROM (\(ranked)) ranked \(join) posts p ON p.id = ranked.id LEFT JOIN authors a ON a.id = p.author_id
                WHERE \(Self.publishedPostsCondition)
                ORDER BY ranked.score, p.published_at_ms DESC, p.id DESC
                LIMIT \(bind: limit) OFFSET \(bind: max(0, offset))
                """
            ).all().map(PostRow.init(row:))
            return try await Self.withLabels(rows, database).map { post in
                SearchHit(post: post, snippet: SearchExcerpt.make(from: Self.searchedTexts(post), query: query))
            }
        }
    }

    /// What a result's passage is taken from, in order of preference.
    static func searchedTexts(_ post: Post) -> [String] {
        [
            post.clipping.map { ExcerptText.joined($0.excerptParagraphs) } ?? "", post.commentary,
            PostHTML.searchText(ofBody: post.bodyHTML), post.clipping?.headline ?? "", post.title,
        ]
    }
}
