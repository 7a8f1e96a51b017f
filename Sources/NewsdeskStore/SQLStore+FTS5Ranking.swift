import NewsdeskCore
import SQLKit

extension SQLStore {
    /// Title and headline weigh most, then the outlet, then the rest (`bm25` ranks lower-is-better).
    static let bm25 = "bm25(post_search, 10.0, 10.0, 4.0, 1.0, 1.0, 1.0)"

    /// SQLite: `id, score` of the newest ``searchWindow`` matches, scored by BM25 over the query's terms that are
    /// not common.
    ///
    /// BM25 first counts every post holding each term, a walk through the whole index entry of the term: for a word
    /// in every post that was most of a search's time (`outlet reuters`, 11 ms, bench/search), yet such a word
    /// cannot change the order, since BM25 gives a term in more than half the posts no weight. So the ranking
    /// leaves out the terms found common (200 of the newest 400 posts hold them; see ``TermCommonness``), scoring
    /// the window from its oldest post on by the others. A query of common terms only lists its newest matches
    /// first.
    func fts5Ranking(_ query: SearchQuery, _ database: any SQLDatabase) async throws -> SQLQueryString {
        let full = SearchExpression.fts5(query)
        let common = try await commonTerms(of: query, database)
        if common.isEmpty { return Self.window(full, score: Self.bm25) }
        let weighed = query.terms.enumerated().filter { !common.contains($0.offset) }.map(\.element)
        if weighed.isEmpty { return Self.window(full, score: "0") }
        // Read only now: most queries have no common word, and their window is read once, below.
        let row = try await database.raw("SELECT min(id) AS oldest FROM (\(Self.window(full)))").first()
        guard let oldest = try row?.optional("oldest", Int64.self) else { return Self.window(full, score: "0") }
        // The window is every match of the whole query from `oldest` on; the weighed terms score it. The `+` keeps
        // SQLite from reading the IN list as rowids to look up one at a time, each with its own BM25 counting.
        return """
            SELECT rowid AS id, \(unsafeRaw: Self.bm25) AS score FROM post_search
            WHERE post_search MATCH \(bind: SearchExpression.fts5(weighed)) AND rowid >= \(bind: oldest)
            AND +rowid IN (SELECT rowid FROM post_search WHERE post_search MATCH \(bind: full) AND rowid >= \(bind: oldest))
            """
    }

    /// The positions of the query's common words: remembered, or found by one statement for all those not known.
    private func commonTerms(of query: SearchQuery, _ database: any SQLDatabase) async throws -> Set<Int> {
        var common = Set<Int>()
        var unknown: [(index: Int, expression: String)] = []
        // Phrases are rare, and checking a phrase's positions is no cheaper than ranking it: never probed.
        for (index, term) in query.terms.enumerated() {
            guard case .word = term else { continue }
            let expression = SearchExpression.fts5([term])
            switch commonTerms.isCommon(expression) {
            case true?: common.insert(index)
            case false?: break
            case nil: unknown.append((index, expression))
            }
        }
        guard !unknown.isEmpty else { return common }
        var probe = SQLQueryString("SELECT (SELECT max(id) FROM posts) AS newest")
        for (index, expression) in unknown {
            probe.appendInterpolation(unsafeRaw: ", (SELECT rowid FROM post_search WHERE post_search MATCH ")
            probe.appendInterpolation(bind: expression)
            probe.appendInterpolation(
                unsafeRaw: " ORDER BY rowid DESC LIMIT 1 OFFSET \(Self.searchWindow - 1)) AS t\(index)")
        }
        let row = try await database.raw(probe).first()
        let newest = try row?.optional("newest", Int64.self) ?? 0
        for (index, expression) in unknown {
            // The term's 200th newest post is among the newest 400: it is in at least half of them.
            let reach = try row?.optional("t\(index)", Int64.self)
            let isCommon = reach.map { newest - $0 < Int64(2 * Self.searchWindow) } ?? false
            commonTerms.record(expression, isCommon: isCommon)
            if isCommon { common.insert(index) }
        }
        return common
    }

    /// The newest ``searchWindow`` matches of `expression`, as `id` (and `score`, when given).
    private static func window(_ expression: String, score: String? = nil) -> SQLQueryString {
        """
        SELECT rowid AS id\(unsafeRaw: score.map { ", \($0) AS score" } ?? "") FROM post_search
        WHERE post_search MATCH \(bind: expression) ORDER BY rowid DESC \(limit: searchWindow)
        """
    }
}
