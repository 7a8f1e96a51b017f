import Foundation
import NewsdeskCore
import SQLKit

extension ArchiveWriter {
    /// Every checked address the archive carries, with its history, in the archive's order; an address the
    /// blog already checks keeps its own record.
    func storeSources(_ sources: [ArchivedSource]) async throws {
        for source in sources {
            let id = try await database.raw(
                """
                INSERT INTO source_links (url, kind, verdict, last_status, final_url, consecutive_failures,
                    last_checked_at_ms, broken_since_ms, decision, archive_saved_at_ms, archive_save_status)
                VALUES (\(bind: source.url), \(bind: source.kind.rawValue), \(bind: source.verdict.rawValue),
                    \(bind: source.lastStatus), \(bind: source.finalURL), \(bind: source.consecutiveFailures),
                    \(bind: source.lastCheckedAt?.millisecondsSince1970),
                    \(bind: source.brokenSince?.millisecondsSince1970), \(bind: source.decision?.rawValue),
                    \(bind: source.archiveSavedAt?.millisecondsSince1970), \(bind: source.archiveSaveStatus))
                ON CONFLICT (url) DO NOTHING
                RETURNING id
                """
            ).first(decodingColumn: "id", as: Int64.self)
            guard let id else { continue }
            for check in source.checks {
                try await database.raw(
                    """
                    INSERT INTO source_checks (link_id, checked_at_ms, status, final_url, failure, observation, verdict)
                    VALUES (\(bind: id), \(bind: check.checkedAt.millisecondsSince1970), \(bind: check.status),
                    \(bind: check.finalURL), \(bind: check.failure?.rawValue), \(bind: check.observation.rawValue),
                    \(bind: check.verdict.rawValue))
                    """
                ).run()
            }
        }
    }
}

extension SQLStore {
    /// Every checked address with its checks (oldest first), in id order: what an export carries.
    static func archivedSources(in database: any SQLDatabase) async throws -> [ArchivedSource] {
        let links = try await database.raw(
            "SELECT \(unsafeRaw: SourceLinkRow.columns) FROM source_links ORDER BY id"
        ).all().map(SourceLinkRow.init(row:))
        let checkRows = try await database.raw(
            "SELECT link_id, \(unsafeRaw: SourceCheckRow.columns) FROM source_checks ORDER BY link_id, checked_at_ms, id"
        ).all()
        var checks: [Int64: [SourceCheck]] = [:]
        for row in checkRows {
            checks[try row.decode(column: "link_id", as: Int64.self), default: []].append(
                try SourceCheckRow(row: row).check)
        }
        return links.map { ArchivedSource($0.link, checks: checks[$0.link.id] ?? [], archiveSave: $0.archiveSave) }
    }
}
