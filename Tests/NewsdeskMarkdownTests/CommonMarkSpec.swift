import Foundation

/// The examples of the CommonMark spec in `Tests/Fixtures/commonmark`, found from this file's path as the
/// other fixture tests find theirs.
struct CommonMarkSpec {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "fixture missing: \(path) (see Tests/Fixtures/MANIFEST.tsv)" }
    }

    /// One example: its Markdown, the HTML the spec expects, its number and section.
    struct Example: Decodable {
        let markdown: String
        let html: String
        let example: Int
        let section: String
    }

    /// This file is `<repository>/Tests/NewsdeskMarkdownTests/CommonMarkSpec.swift`.
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appending(path: "Tests/Fixtures/commonmark/commonmark-spec-0.31.2_spec.json")

    static func examples() throws -> [Example] {
        guard FileManager.default.fileExists(atPath: file.path) else { throw Missing(path: file.path) }
        return try JSONDecoder().decode([Example].self, from: Data(contentsOf: file))
    }
}
