import Foundation
import NewsdeskCore
import Testing

/// The inputs `make fuzz` found breaking an invariant (Tests/Fixtures/fuzz-regressions, named after their
/// target), each kept so that `make test` holds the fix: sanitised output has nothing live and is a fixed
/// point.
@Suite("Fuzz regressions: what the fuzzer found stays fixed")
struct FuzzRegressionTests {
    static let directory = XSSFixtures.repositoryRoot.appending(path: "Tests/Fixtures/fuzz-regressions")

    /// The texts kept for `target` (as a form hands them over: invalid UTF-8 repaired, as the fuzzer did).
    static func inputs(of target: String) throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            .filter { $0.hasPrefix(target + "_") }
            .map { name in
                (name, String(decoding: try Data(contentsOf: directory.appending(path: name)), as: UTF8.self))
            }
    }

    @Test("comment sanitiser: a bare URL inside 20 nested elements stays text, and the output is a fixed point")
    func commentSanitizer() throws {
        let inputs = try Self.inputs(of: "comment-sanitizer")
        #expect(inputs.count >= 2)
        for (name, text) in inputs {
            let once = CommentSanitizer.sanitize(text)
            #expect(CommentSanitizer.sanitize(once) == once, "\(name)")
            #expect(LiveMarkup.findings(in: once) == [], "\(name)")
        }
        let nested = String(repeating: "<b>", count: CommentSanitizer.maximumNesting) + "http://o"
        let output = CommentSanitizer.sanitize(nested)
        #expect(!output.contains("<a ") && output.contains("http://o"))
        #expect(CommentSanitizer.linkCount(in: nested) == 0)
    }
}
