import Foundation

/// A checked address with its verdict and history, as archives carry it, so an exported blog keeps what the
/// source checker learnt (a story called gone after three weeks of failures stays gone after a restore).
public struct ArchivedSource: Sendable, Equatable, Codable {
    /// The address, where the checker's record stands, and the editor's decision; its `id` is not kept.
    public var url: String
    public var kind: SourceLink.Kind
    public var verdict: SourceVerdict
    public var lastStatus: Int
    public var finalURL: String?
    public var consecutiveFailures: Int
    public var lastCheckedAt: Date?
    public var brokenSince: Date?
    public var decision: SourceLink.Decision?
    /// When the archive was last asked to save it at publish time, and its answer.
    public var archiveSavedAt: Date?
    public var archiveSaveStatus: Int?
    /// Every kept check, oldest first.
    public var checks: [SourceCheck]

    /// `link` with `checks` (oldest first) and the archive's last answer.
    public init(_ link: SourceLink, checks: [SourceCheck], archiveSave: ArchiveSave? = nil) {
        url = link.url
        kind = link.kind
        verdict = link.verdict
        lastStatus = link.lastStatus
        finalURL = link.finalURL
        consecutiveFailures = link.consecutiveFailures
        lastCheckedAt = link.lastCheckedAt
        brokenSince = link.brokenSince
        decision = link.decision
        archiveSavedAt = archiveSave?.at
        archiveSaveStatus = archiveSave?.status
        self.checks = checks
    }

    /// The stored link this describes, with the id the store gave it.
    public func link(id: Int64) -> SourceLink {
        SourceLink(
            id: id, url: url, kind: kind, verdict: verdict, lastStatus: lastStatus, finalURL: finalURL,
            consecutiveFailures: consecutiveFailures, lastCheckedAt: lastCheckedAt, brokenSince: brokenSince,
            decision: decision)
    }
}
