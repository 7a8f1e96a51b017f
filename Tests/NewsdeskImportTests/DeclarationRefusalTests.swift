import Foundation
@_spi(Fuzzing) import NewsdeskImport
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

    @Test(
        "a UTF-8 file declaring a near-miss name for UTF-8 (found by make fuzz: \"UTF8-\" crashed libxml2) reaches the parser declared as UTF-8"
    )
    func nearMissEncodingName() throws {
        let found = try Data(
            contentsOf: Self.regressions.appending(path: "reader_encoding-name-libxml2-cannot-switch-to-found.bin"))
        let input = try ImportParserInput.of(found)
        #expect(String(decoding: input.prefix(40), as: UTF8.self).hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\""))
        // Before, the Disqus reader handed "UTF8-" to libxml2, which crashed the process switching to it.
        let readers: [@Sendable (Data) throws -> ImportBundle] = [
            { try DisqusReader.read($0) }, { try WordPressReader.read($0) }, { try BloggerReader.read($0) },
        ]
        for read in readers {
            do {
                _ = try read(found)
            } catch {
                #expect(error is ImportError, "\(error)")
            }
        }
        for name in ["UTF8-", "utf_8", "UTF8", "us-ascii", "Latin1"] {
            let data = Data(ExportEncodingSamples.wordpress(encoding: name).utf8)
            let declared = String(decoding: try ImportParserInput.of(data).prefix(40), as: UTF8.self)
            #expect(declared.contains("encoding=\"UTF-8\""), "\(name): \(declared)")
            #expect(throws: Never.self, "\(name)") { try WordPressReader.read(data) }
        }
    }

    @Test("a declaration with its parts out of order, repeated or unknown is refused before parsing")
    func strictDeclaration() throws {
        for declaration in [
            "<?xml encoding=\"UTF8-\" version=\"1.0\"?>",
            "<?xml version=\"1.0\" encoding=\"UTF8-\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" encoding=\"UTF8-\"?>",
            "<?xml version=\"1.0\" charset=\"UTF8-\"?>",
            "<?xml encoding=\"UTF-8\"?>", "<?xml version=\"1 encoding='IBM037' \"?>",
            "<?xml version=\"1.0\" encoding=\"UTF-8 IBM037\"?>", "<?xml version=\"1.0\" standalone=\"maybe\"?>",
            "<?xml version=\"1.0\"?encoding=\"UTF8-\" ?>",
            "<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF8-\"?>",
        ] {
            let data = Data((declaration + ExportEncodingSamples.wordpress(encoding: nil).drop { $0 != "\n" }).utf8)
            let error = try #require(try refusal(data), "\(declaration)")
            #expect(error.message.contains("XML declaration"), "\(declaration): \(error)")
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
