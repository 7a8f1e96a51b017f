import Foundation

/// Files in `Tests/Golden` that hold what users are sent, byte for byte once volatile values are masked: a
/// change to a page or a feed shows up as a failing test and, once accepted, as a diff in review.
///
/// `NEWSDESK_UPDATE_GOLDEN=1` writes the files from what the code produces now, instead of comparing.
public enum GoldenFile {
    /// `Tests/Golden` in the repository.
    public static let directory = Fixtures.repositoryRoot.appendingPathComponent("Tests/Golden")

    /// Whether this run rewrites the files.
    public static var isUpdating: Bool {
        ProcessInfo.processInfo.environment["NEWSDESK_UPDATE_GOLDEN"] == "1"
    }

    /// Compares `actual` with the golden file at `path` (under `Tests/Golden`); a sentence saying where they
    /// first differ, or `nil` when they agree (or the file was just rewritten).
    public static func mismatch(_ actual: String, against path: String) throws -> String? {
        let url = directory.appendingPathComponent(path)
        if isUpdating {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "Tests/Golden/\(path) is missing; run the tests with NEWSDESK_UPDATE_GOLDEN=1 to write it."
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(expectedLines, actualLines).prefix { $0 == $1 }.count
        let want = line < expectedLines.count ? String(expectedLines[line]) : "(end of file)"
        let got = line < actualLines.count ? String(actualLines[line]) : "(end of file)"
        return "Tests/Golden/\(path) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n"
            + "If the change is intended, run the tests with NEWSDESK_UPDATE_GOLDEN=1 and review the diff."
    }
}
