import NewsdeskCore
import SQLKit

extension SQLStore {
    public func search(_ query: SearchQuery, offset: Int, limit: Int) async throws -> [SearchHit] {
        guard !query.isEmpty, limit > 0 else { return [] }
        let sql: SQLQueryString
        switch backend.dialect {
        case .sqlite:
            // Title and headline weigh most, then the outlet; bm25 ranks lower-is-better.
            sql = """
                SELECT \(unsafeRaw: PostRow.columnsSQL),
                       snippet(post_search, -1, \(bind: String(SearchHit.markStart)), \(bind: String(SearchHit.markEnd)),
                               '…', 24) AS snippet
                FROM post_search JOIN posts p ON p.id = post_search.rowid LEFT JOIN authors a ON a.id = p.author_id
                WHERE post_search MATCH \(bind: SearchExpression.fts5(query)) AND \(Self.publishedPostsCondition)
                ORDER BY bm25(post_search, 10.0, 10.0, 4.0, 1.0, 1.0, 1.0), p.published_at_ms DESC
                LIMIT \(bind: limit) OFFSET \(bind: max(0, offset))
                """
        case .postgres:
            sql = """
                SELECT \(unsafeRaw: PostRow.columnsSQL),
                       ts_headline('english',
                           concat_ws(' ', p.clip_headline, p.clip_excerpt, p.commentary, p.body_text), q.query,
                           \(bind: Self.headlineOptions)) AS snippet
                FROM posts p LEFT JOIN authors a ON a.id = p.author_id,
                     to_tsquery('english', \(bind: SearchExpression.tsquery(query))) AS q(query)
                WHERE p.search_vector @@ q.query AND \(Self.publishedPostsCondition)
                ORDER BY ts_rank_cd(p.search_vector, q.query) DESC, p.published_at_ms DESC
                LIMIT \(bind: limit) OFFSET \(bind: max(0, offset))
                """
        }
        return try await backend.read { database in
            let rows = try await database.raw(sql).all()
            let posts = try await Self.withLabels(
                try rows.map { try $0.decode(model: PostRow.self, keyDecodingStrategy: .convertFromSnakeCase) },
                database)
            return try zip(posts, rows).map { post, row in
                SearchHit(post: post, snippet: try row.decode(column: "snippet", as: String?.self) ?? "")
            }
        }
    }

    /// `ts_headline`'s options: the same markers as SQLite's snippets, a couple of short fragments.
    static let headlineOptions =
        "StartSel=\(SearchHit.markStart), StopSel=\(SearchHit.markEnd), MaxWords=30, MinWords=12, "
        + "MaxFragments=2, FragmentDelimiter=\" … \""
}
