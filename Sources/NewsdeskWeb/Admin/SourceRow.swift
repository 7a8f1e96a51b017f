import Foundation
import NewsdeskCore

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
