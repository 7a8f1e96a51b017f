import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore: EditorialStore {
    public func editorialPosts(_ filter: EditorialFilter, offset: Int, limit: Int) async throws -> [Post] {
        try await backend.read { database in
            let rows = try await database.raw(
                """
                \(unsafeRaw: PostRow.selectSQL) WHERE 1 = 1 \(Self.condition(filter))
                ORDER BY p.updated_at_ms DESC, p.id DESC
                LIMIT \(bind: max(0, limit)) OFFSET \(bind: max(0, offset))
                """
            ).all(decoding: PostRow.self)
            return try await Self.withLabels(rows, database)
        }
    }

    public func editorialCounts(authorID: Int64?) async throws -> [PostStatus: Int] {
        try await backend.read { database in
            let rows = try await database.raw(
                """
                SELECT p.status, COUNT(*) AS n FROM posts p WHERE 1 = 1 \(Self.condition(EditorialFilter(authorID: authorID)))
                GROUP BY p.status
                """
            ).all()
            var counts: [PostStatus: Int] = [:]
            for row in rows {
                if let status = PostStatus(rawValue: try row.decode(column: "status", as: String.self)) {
                    counts[status] = try row.decode(column: "n", as: Int.self)
                }
            }
            return counts
        }
    }

    /// The SQL that narrows posts to an editorial filter's.
    static func condition(_ filter: EditorialFilter) -> SQLQueryString {
        var condition: SQLQueryString = ""
        if let status = filter.status { condition = "AND p.status = \(bind: status.rawValue)" }
        if let authorID = filter.authorID { condition = "\(condition) AND p.author_id = \(bind: authorID)" }
        return condition
    }
}
