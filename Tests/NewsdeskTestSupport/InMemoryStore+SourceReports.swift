import Foundation
import NewsdeskCore

extension InMemoryStore {
    public func sourceReports(onlyProblems: Bool, limit: Int) async throws -> [SourceReport] {
        try read { state in
            let reports = state.sourceLinks.values.compactMap { stored -> (SourceReport, Int, Date)? in
                let link = stored.link
                if onlyProblems, ![.gone, .soft404, .moved].contains(link.verdict) { return nil }
                let citing = state.postsByID.filter { $0.post.clipping?.sourceURL == link.url }
                    .map {
                        CitingPost(
                            id: $0.id, title: $0.post.title, path: $0.post.path, publishedAt: $0.post.publishedAt)
                    }
                    .sorted { Self.newerFirst($0, $1, in: state) }
                guard let newest = citing.first else { return nil }
                let rank =
                    link.decision != nil ? 3 : link.verdict.isBroken ? 0 : link.verdict == .moved ? 1 : 2
                let newestDate = newest.publishedAt ?? state.posts[newest.id]?.post.updatedAt ?? .distantPast
                return (SourceReport(link: link, posts: citing, archiveSave: stored.archiveSave), rank, newestDate)
            }
            let ordered = reports.sorted { a, b in
                if a.1 != b.1 { return a.1 < b.1 }
                if a.2 != b.2 { return a.2 > b.2 }
                return a.0.link.id < b.0.link.id
            }
            return ordered.prefix(max(0, limit)).map(\.0)
        }
    }

    /// Newest first by publication (or last change), then by id, as the SQL store orders citing posts.
    static func newerFirst(_ a: CitingPost, _ b: CitingPost, in state: InMemoryState) -> Bool {
        let dateA = a.publishedAt ?? state.posts[a.id]?.post.updatedAt ?? .distantPast
        let dateB = b.publishedAt ?? state.posts[b.id]?.post.updatedAt ?? .distantPast
        return dateA != dateB ? dateA > dateB : a.id < b.id
    }
}
