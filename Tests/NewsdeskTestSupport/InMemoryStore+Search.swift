import Foundation
import NewsdeskCore

extension InMemoryStore {
    /// How many of the newest matches are ranked: `SQLStore.searchWindow`.
    static let searchWindow = 200

    /// Published posts matching every term, ranked as the SQL store ranks them on SQLite: the newest
    /// ``searchWindow`` matches of any post, scored by BM25 over the terms that are not common, best first, then
    /// newest first.
    public func search(_ query: SearchQuery, offset: Int, limit: Int) async throws -> [SearchHit] {
        guard !query.isEmpty, limit > 0 else { return [] }
        let terms = query.terms.map(InMemorySearchIndex.Term.init)
        let matcher = SearchExcerpt.Matcher(query)
        return try read { state in
            let posts = state.postsByID.reversed() as [InMemoryPost]
            // Hits of each term in each column, for every post.
            let hits = posts.map { post in terms.map(post.index.hits) }
            let found = terms.indices.map { term in hits.count { $0[term].contains { $0 > 0 } } }
            let matching = posts.indices.filter { post in hits[post].allSatisfy { $0.contains { $0 > 0 } } }
            let window = matching.prefix(Self.searchWindow)
            let common = Self.commonTerms(query, hits: hits, posts: posts)
            let averageLength = Double(posts.reduce(0) { $0 + $1.index.length }) / Double(max(posts.count, 1))
            let weighed = terms.indices.filter { !common.contains($0) }
            let rarity = weighed.map { InMemorySearchIndex.rarity(found: found[$0], total: posts.count) }
            let scored = window.compactMap { index -> (post: InMemoryPost, score: Double)? in
                let post = posts[index]
                guard post.post.status == .published, post.post.kind == .post else { return nil }
                let score = InMemorySearchIndex.score(
                    hits: weighed.map { hits[index][$0] }, length: post.index.length, rarity: rarity,
                    averageLength: averageLength)
                return (post, score)
            }
            let ranked = scored.sorted { first, second in
                guard first.score == second.score else { return first.score > second.score }
                return Self.newestFirst(
                    (first.post.post.publishedAt, first.post.id), (second.post.post.publishedAt, second.post.id))
            }
            return Self.page(ranked, offset: offset, limit: limit).map { Self.hit($0.post.post, matching: matcher) }
        }
    }

    /// The positions of the query's common words: those whose 200th newest match is among the newest 400 posts,
    /// which the SQL store leaves out of its ranking (`TermCommonness`). Phrases are never common.
    static func commonTerms(_ query: SearchQuery, hits: [[[Int]]], posts: [InMemoryPost]) -> Set<Int> {
        guard let newest = posts.first?.id else { return [] }
        return Set(
            query.terms.indices.filter { term in
                guard case .word = query.terms[term] else { return false }
                let matches = posts.indices.filter { hits[$0][term].contains { $0 > 0 } }
                guard matches.count >= searchWindow else { return false }
                return newest - posts[matches[searchWindow - 1]].id < Int64(2 * searchWindow)
            })
    }

    /// The result for a post: a post without a title is listed by the start of its text, and its passage is taken
    /// from the texts a reader would look in first, as `SearchRow.hit(matching:)` makes it.
    static func hit(_ post: Post, matching matcher: SearchExcerpt.Matcher) -> SearchHit {
        let excerpt = (post.clipping?.excerptParagraphs ?? []).joined(separator: "\n\n")
        let bodyText = PostHTML.searchText(image: post.image, bodyHTML: post.bodyHTML)
        let title =
            post.title.isEmpty
            ? TextSummary.first(
                of: [post.summary, post.clipping?.excerptParagraphs.first ?? "", post.commentary, bodyText], limit: 80)
            : post.title
        let outlet = post.clipping?.outlet
        return SearchHit(
            postID: post.id ?? 0, title: title, path: post.path, date: post.publishedAt ?? post.updatedAt,
            outlet: outlet.flatMap { $0.isEmpty ? nil : $0 },
            snippet: SearchExcerpt.make(
                from: [excerpt, post.commentary, bodyText, post.clipping?.headline ?? "", post.title],
                matcher: matcher))
    }
}
