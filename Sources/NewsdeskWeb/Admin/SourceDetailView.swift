import Foundation
import NewsdeskCore

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
