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
