import Foundation
import NewsdeskImport
import Testing

/// An XML declaration the checks cannot read to its end must not reach the parser, which might read an
/// encoding from it that the checks never saw.
@Suite("A malformed XML declaration is refused before parsing")
struct DeclarationRefusalTests {
    static let regressions = URL(filePath: #filePath).deletingLastPathComponent()
        .appending(path: "../Fixtures/fuzz-regressions").standardized

    /// The refusal of `data` by the WordPress reader, from memory and from a file (which must agree).
    private func refusal(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> ImportError? {
        let fromMemory = #expect(throws: ImportError.self, sourceLocation: sourceLocation) {
            try WordPressReader.read(data)
        }
        let fromFile = try ExportEncodingSamples.withFile(data) { url in
            #expect(throws: ImportError.self, sourceLocation: sourceLocation) {
                try WordPressReader.read(contentsOf: url)
            }
        }
        #expect(fromMemory == fromFile, sourceLocation: sourceLocation)
        return fromMemory
    }

    @Test("an encoding name whose quote never closes (found by make fuzz) is refused at line 1, in words")
    func unterminatedEncoding() throws {
        let found = try Data(contentsOf: Self.regressions.appending(path: "prolog_unterminated-encoding-found.bin"))
        let filler = String(repeating: "<!-- an export's opening comment, with no quotation mark -->\n", count: 20)
        let written = Data(("<?xml version=\"1.0\" encoding=\"UTF-8 ?>\n" + filler + "<rss/>\n").utf8)
        for data in [found, written] {
            let error = try #require(try refusal(data))
            #expect(error.message.contains("XML declaration"), "\(error)")
            #expect(error.line == 1 && !error.message.contains("XML error"), "\(error)")
        }
    }

    @Test("well-formed declarations, and none, still pass the checks")
    func wellFormed() throws {
        for declaration in [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>",
            "<?xml\tversion=\"1.0\"\n?>", "",
        ] {
            let data = Data((declaration + ExportEncodingSamples.wordpress(encoding: nil).drop { $0 != "\n" }).utf8)
            #expect(throws: Never.self, "\(declaration)") { try WordPressReader.read(data) }
        }
    }
}
