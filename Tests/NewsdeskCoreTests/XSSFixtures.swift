import Foundation

/// The XSS material in `Tests/Fixtures/xss` (sources and licences in `Tests/Fixtures/MANIFEST.tsv`), found
/// from this file's path so that any clone finds it.
enum XSSFixtures {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "fixture missing: \(path) (see Tests/Fixtures/MANIFEST.tsv)" }
    }

    /// A payload and where it came from, for failure messages.
    struct Payload {
        let origin: String
        let text: String
    }

    /// The repository root: the nearest folder above this file that holds `Package.swift`.
    static let repositoryRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/"
            && !FileManager.default.fileExists(atPath: folder.appending(path: "Package.swift").path)
        {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    static let directory = repositoryRoot.appending(path: "Tests/Fixtures/xss")

    static func data(_ name: String) throws -> Data {
        let url = directory.appending(path: name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(path: url.path) }
        return try Data(contentsOf: url)
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }

    static func lines(_ name: String) throws -> [Substring] {
        try text(name).split(separator: "\n", omittingEmptySubsequences: true)
    }

    /// `{source, id, payload}` lines of `xss_payloads_all.jsonl`.
    static func allPayloads() throws -> [Payload] {
        struct Line: Decodable {
            let source: String
            let id: Int
            let payload: String
        }
        return try lines("xss_payloads_all.jsonl").map { line in
            let decoded = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            return Payload(origin: "xss_payloads_all.jsonl \(decoded.source) #\(decoded.id)", text: decoded.payload)
        }
    }

    /// One payload a line.
    static func linePayloads(_ name: String) throws -> [Payload] {
        try lines(name).enumerated().map { Payload(origin: "\(name) line \($0.offset + 1)", text: String($0.element)) }
    }

    /// The html5sec.org vectors, each wrapped as `<div id="N">vector//["'`-->]]>]</div>`, and the whole file.
    static func h5scPayloads() throws -> [Payload] {
        let name = "h5sc_vectors.txt"
        let file = try text(name)
        let vectors = file.components(separatedBy: "//[\"'`-->]]>]</div>").compactMap { chunk -> Payload? in
            guard let opening = chunk.range(of: "<div id=\""), let end = chunk[opening.upperBound...].range(of: "\">")
            else { return nil }
            let id = chunk[opening.upperBound..<end.lowerBound]
            return Payload(origin: "\(name) vector \(id)", text: String(chunk[end.upperBound...]))
        }
        return vectors + [Payload(origin: "\(name), the whole file", text: file)]
    }

    /// The `PATT_*.txt` lists, a payload a line.
    static func pattPayloads() throws -> [Payload] {
        guard FileManager.default.fileExists(atPath: directory.path) else { throw Missing(path: directory.path) }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix("PATT_") && $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw Missing(path: directory.appending(path: "PATT_*.txt").path) }
        return try names.flatMap { try linePayloads($0) }
    }

    /// The `payload` of each case in DOMPurify's fixture.
    static func domPurifyPayloads() throws -> [Payload] {
        struct Case: Decodable {
            let title: String?
            let payload: String
        }
        let cases = try JSONDecoder().decode([Case].self, from: try data("dompurify_expect.json"))
        return cases.enumerated().map { index, domPurifyCase in
            let title = domPurifyCase.title ?? "untitled"
            return Payload(origin: "dompurify_expect.json #\(index) \(title)", text: domPurifyCase.payload)
        }
    }

    /// A case of feedparser's sanitiser tests.
    struct FeedparserCase: Decodable {
        let file: String
        let inputHTML: String?

        enum CodingKeys: String, CodingKey {
            case file
            case inputHTML = "input_html"
        }
    }

    static func feedparserCases() throws -> [FeedparserCase] {
        try lines("feedparser_sanitize_cases.jsonl").map {
            try JSONDecoder().decode(FeedparserCase.self, from: Data($0.utf8))
        }
    }
}
