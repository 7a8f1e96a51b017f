import Foundation
import NewsdeskCore

/// What the admin's Sources page shows: the clipped stories readers are sent away from, in three groups.
struct SourcesAdminView: Sendable {
    let chrome: AdminChrome
    /// Gone stories, whose readers get the archived copy (newest posts first).
    let broken: [SourceRow]
    /// Stories that moved for good, whose readers are sent to the new address.
    let moved: [SourceRow]
    /// Broken or moved stories the editor chose to keep as they are.
    let kept: [SourceRow]
    let hasBroken: Bool
    let hasMoved: Bool
    let hasKept: Bool
    let hasNone: Bool
    /// Where the rows' forms come back to, and whether they link to each address's page.
    let from = "list"
    let isList = true

    init(chrome: AdminChrome, reports: [SourceReport], archive: SourceArchive, dates: DateFormatting) {
        self.chrome = chrome
        let rows = reports.map { SourceRow($0, archive: archive, dates: dates) }
        kept = rows.filter(\.isKept)
        broken = rows.filter { !$0.isKept && $0.isBroken }
        moved = rows.filter { !$0.isKept && $0.newAddress != nil }
        (hasBroken, hasMoved, hasKept) = (!broken.isEmpty, !moved.isEmpty, !kept.isEmpty)
        hasNone = !hasBroken && !hasMoved && !hasKept
    }
}

/// One address on the Sources page, with what its checks found and the posts citing it.
struct SourceRow: Sendable {
    struct Citing: Sendable {
        let id: Int64
        let title: String
        let path: String
        let when: String
    }

    let id: Int64
    let url: String
    let verdict: String
    /// "410", or "no answer" when nothing answered.
    let lastStatus: String
    let lastChecked: String
    /// When the current run of failures began.
    let brokenSince: String?
    /// Where readers are sent instead: the copy nearest the newest citing post's date.
    let archivedCopy: String?
    /// A moved story's new address.
    let newAddress: String?
    let isBroken: Bool
    let isKept: Bool
    /// What the archive answered when asked to save the story at publish time.
    let archiveSave: String?
    let posts: [Citing]

    init(_ report: SourceReport, archive: SourceArchive, dates: DateFormatting) {
        let link = report.link
        id = link.id
        url = link.url
        verdict = link.verdict.label
        lastStatus = Self.status(link.lastStatus)
        lastChecked = link.lastCheckedAt.map { dates.dateTimeLocal($0, separator: " ") } ?? "never"
        brokenSince = link.brokenSince.map { dates.dateTimeLocal($0, separator: " ") }
        isBroken = link.verdict.isBroken
        isKept = link.decision == .keep
        newAddress = link.verdict == .moved ? link.finalURL : nil
        let newest = report.posts.compactMap(\.publishedAt).max()
        archivedCopy = isBroken ? archive.copy(of: link.url, near: newest ?? Date()) : nil
        archiveSave = report.archiveSave.map {
            "Asked the archive to save it on \(dates.dateTimeLocal($0.at, separator: " ")): \(Self.status($0.status))."
        }
        posts = report.posts.map {
            Citing(
                id: $0.id, title: $0.title.isEmpty ? "(untitled)" : $0.title, path: $0.path,
                when: $0.publishedAt.map { dates.dateTimeLocal($0, separator: " ") } ?? "not published")
        }
    }

    static func status(_ status: Int) -> String { status == 0 ? "no answer" : String(status) }
}

/// One address with every check of it, newest first.
struct SourceDetailView: Sendable {
    struct CheckLine: Sendable {
        let when: String
        let status: String
        let finalURL: String
        let saw: String
        let verdict: String
    }

    let chrome: AdminChrome
    let source: SourceRow
    let checks: [CheckLine]
    let hasChecks: Bool
    let from = "detail"
    let isList = false

    init(chrome: AdminChrome, source: SourceRow, checks: [SourceCheck], dates: DateFormatting) {
        self.chrome = chrome
        self.source = source
        self.checks = checks.map {
            CheckLine(
                when: dates.dateTimeLocal($0.checkedAt, separator: " "), status: SourceRow.status($0.status),
                finalURL: $0.finalURL, saw: $0.failure?.rawValue ?? $0.observation.rawValue,
                verdict: $0.verdict.label)
        }
        hasChecks = !checks.isEmpty
    }
}
