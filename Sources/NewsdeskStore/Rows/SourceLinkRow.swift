import Foundation
import NewsdeskCore
import SQLKit

/// A `source_links` row.
struct SourceLinkRow {
    let link: SourceLink
    let archiveSavedAtMs: Int64?
    let archiveSaveStatus: Int?

    /// The columns read, in the order ``init(row:)`` reads them.
    static let columns = """
        id, url, kind, verdict, last_status, final_url, consecutive_failures, last_checked_at_ms, broken_since_ms,
        decision, archive_saved_at_ms, archive_save_status
        """

    init(row: any SQLRow) throws {
        link = SourceLink(
            id: try row.decode(column: "id", as: Int64.self),
            url: try row.decode(column: "url", as: String.self),
            kind: SourceLink.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .source,
            verdict: SourceVerdict(rawValue: try row.decode(column: "verdict", as: String.self)) ?? .unchecked,
            lastStatus: try row.decode(column: "last_status", as: Int.self),
            finalURL: try row.optional("final_url", String.self),
            consecutiveFailures: try row.decode(column: "consecutive_failures", as: Int.self),
            lastCheckedAt: try row.optional("last_checked_at_ms", Int64.self).map(Date.init(millisecondsSince1970:)),
            brokenSince: try row.optional("broken_since_ms", Int64.self).map(Date.init(millisecondsSince1970:)),
            decision: try row.optional("decision", String.self).flatMap(SourceLink.Decision.init(rawValue:))
        )
        archiveSavedAtMs = try row.optional("archive_saved_at_ms", Int64.self)
        archiveSaveStatus = try row.optional("archive_save_status", Int.self)
    }

    /// The archive's last answer to a save request, if one was made.
    var archiveSave: ArchiveSave? {
        guard let archiveSavedAtMs else { return nil }
        return ArchiveSave(at: Date(millisecondsSince1970: archiveSavedAtMs), status: archiveSaveStatus ?? 0)
    }
}

/// A `source_checks` row.
struct SourceCheckRow {
    let check: SourceCheck

    static let columns = "checked_at_ms, status, final_url, failure, observation, verdict"

    init(row: any SQLRow) throws {
        check = SourceCheck(
            checkedAt: Date(millisecondsSince1970: try row.decode(column: "checked_at_ms", as: Int64.self)),
            status: try row.decode(column: "status", as: Int.self),
            finalURL: try row.decode(column: "final_url", as: String.self),
            failure: try row.optional("failure", String.self).flatMap(SourceProbeResult.Failure.init(rawValue:)),
            observation: SourceObservation(rawValue: try row.decode(column: "observation", as: String.self))
                ?? .failure,
            verdict: SourceVerdict(rawValue: try row.decode(column: "verdict", as: String.self)) ?? .unchecked
        )
    }
}
