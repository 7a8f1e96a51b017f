import Foundation
import NewsdeskCore
import NewsdeskImport

/// What an import did, per kind, and what it left out and why.
struct ImportReport {
    let source: String
    let file: String
    let archive: BlogArchive
    let result: ArchiveImportResult
    let skipped: [SkippedEntry]
    let seconds: TimeInterval
    /// What the file got wrong that was read anyway.
    var repairs: [ImportRepair] = []
    /// WordPress shortcodes left as text: name → posts using it.
    var unknownShortcodes: [String: Int] = [:]
    /// Changes the import made to content.
    var contentNotes: [String] = []

    var text: String {
        let posts = archive.posts.filter { $0.kind == .post }
        let pages = archive.posts.filter { $0.kind == .page }
        var lines = [
            "Imported \(file) (\(source)) in \(String(format: "%.1f", seconds)) s: added \(result.postsAdded) posts "
                + "and pages, \(result.commentsAdded) comments. The file holds:"
        ]
        lines.append("  posts      \(posts.count)\(Self.breakdown(posts.map(\.status.rawValue)))")
        lines.append("  pages      \(pages.count)\(Self.breakdown(pages.map(\.status.rawValue)))")
        lines.append(
            "  comments   \(archive.comments.count)\(Self.breakdown(archive.comments.map(\.status.rawValue)))")
        lines.append("  labels     \(Set(archive.posts.flatMap(\.labels)).count)")
        lines.append("  authors    \(archive.authors.count)")
        lines.append("  redirects  \(archive.redirects.count) old addresses answer 301 (\(result.redirectsAdded) new)")
        if result.postsAlreadyThere + result.commentsAlreadyThere > 0 {
            lines.append(
                "Already imported before, left as they were: \(result.postsAlreadyThere) posts and pages, "
                    + "\(result.commentsAlreadyThere) comments.")
        }
        lines += Self.repairLines(repairs)
        for renamed in result.renamedPaths {
            lines.append("  \(renamed.from) was taken by another post: imported at \(renamed.to)")
        }
        if !skipped.isEmpty {
            lines.append("Skipped \(skipped.count):")
            let groups = Dictionary(grouping: skipped) { "\($0.kind): \($0.reason)" }
            for (reason, entries) in groups.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
                lines.append("  \(entries.count) \(reason)")
            }
        }
        lines += contentLines
        return lines.joined(separator: "\n")
    }

    /// " (3 published, 1 draft)", or "" when there is nothing to break down.
    static func breakdown(_ statuses: [String]) -> String {
        guard !statuses.isEmpty else { return "" }
        let counts = Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count)
        return " ("
            + counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")"
    }
}
