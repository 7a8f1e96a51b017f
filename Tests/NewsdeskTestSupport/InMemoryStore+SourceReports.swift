import Foundation
import NewsdeskCore

extension InMemoryStore {
    public func sourceReports(onlyProblems: Bool, limit: Int) async throws -> [SourceReport] {
        try read { state in
            let reports = state.sourceLinks.values.compactMap { stored -> (SourceReport, Int, Date)? in
                let link = stored.link
                if onlyProblems, ![.gone, .soft404, .moved].contains(link.verdict) { return nil }
                let citing = state.citingPosts(of: link.url)
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

}
