import Foundation
import NewsdeskImport
import Testing

@Suite("Hostile files: other encodings and DOCTYPE tricks are refused, with a sentence and a place")
struct HostileEncodingTests {
    private typealias Samples = ExportEncodingSamples

    /// An external entity that reads a local file, inside an internal subset.
    static let xxe = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"

    /// The refusal of `data` by the WordPress reader, from memory and from a file (which must agree).
    private func refusal(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> ImportError? {
        func refused(_ read: () throws -> Any) -> ImportError? {
            do {
                _ = try read()
                Issue.record("read without error", sourceLocation: sourceLocation)
            } catch let error as ImportError {
                return error
            } catch {
                Issue.record("not an ImportError: \(error)", sourceLocation: sourceLocation)
            }
            return nil
        }
        let fromMemory = refused { try WordPressReader.read(data) }
        let fromFile = try Samples.withFile(data) { url in refused { try WordPressReader.read(contentsOf: url) } }
        #expect(fromMemory == fromFile, sourceLocation: sourceLocation)
        #expect(ImportFormat.detect(data) == nil, sourceLocation: sourceLocation)
        return fromMemory
    }

    @Test("EBCDIC (IBM037) declaring an external entity is refused, naming EBCDIC and IBM037")
    func ebcdic() throws {
        let data = Samples.ebcdic(Samples.wordpress(encoding: "IBM037", doctype: Self.xxe, title: "&xxe;"))
        let error = try #require(try refusal(data))
        #expect(error.message.contains("EBCDIC") && error.message.contains("\"IBM037\""), "\(error)")
        #expect((error.line, error.column) == (1, 1))
        // The same in the other EBCDIC code pages libxml2 knows, whatever the declaration says.
        let other = Samples.ebcdic(Samples.wordpress(encoding: "IBM500", doctype: Self.xxe, title: "&xxe;"))
        #expect(try refusal(other)?.message.contains("\"IBM500\"") == true)
    }

    @Test("UTF-7 hiding its DOCTYPE as +ADw- is refused, naming UTF-7, at the declared name")
    func utf7() throws {
        let doctype = "+ADw-!DOCTYPE rss +AFs-+ADw-!ENTITY xxe SYSTEM +ACI-file:///etc/passwd+ACI-+AD4-+AF0-+AD4-\n"
        let data = Data(Samples.wordpress(encoding: "UTF-7", doctype: doctype, title: "+ACY-xxe;").utf8)
        let error = try #require(try refusal(data))
        #expect(error.message.contains("\"UTF-7\"") && error.message.contains("UTF-8"), "\(error)")
        #expect((error.line, error.column) == (1, 31))
    }

    @Test("every other declared encoding is refused by name; UTF-32 by its byte-order mark")
    func otherEncodings() throws {
        for name in ["Shift_JIS", "ISO-8859-15", "KOI8-R", "UTF-32", "x-unknown"] {
            let error = try #require(try refusal(Data(Samples.wordpress(encoding: name).utf8)), "\(name)")
            #expect(error.message.contains("\"\(name)\""), "\(error)")
        }
        let utf32 = try #require(try refusal(Data([0xFF, 0xFE, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00])))
        #expect(utf32.message.contains("UTF-32"))
        let noMark = try #require(try refusal(Data(Samples.wordpress(encoding: "UTF-16").utf8)))
        #expect(noMark.message.contains("not written in UTF-16"), "\(noMark)")
    }

    @Test("a processing instruction holding ']>' inside the internal subset does not end it early")
    func instructionInSubset() throws {
        let doctype = "<!DOCTYPE rss [<?x ]> ?><!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        let text = Samples.wordpress(encoding: nil, doctype: doctype, title: "&xxe;")
        let error = try #require(try refusal(Data(text.utf8)))
        #expect(error.message.contains("DOCTYPE"), "\(error)")
        #expect(error.line == 2)
    }

    @Test("an internal subset is refused whatever it holds, even nothing")
    func anySubset() throws {
        for subset in ["[]", "[<!ELEMENT rss ANY>]", "[<!ATTLIST rss a CDATA \"x\">]", "[ <!-- ]> --> ]"] {
            let doctype = "<!DOCTYPE rss \(subset)>\n"
            let error = try #require(try refusal(Data(Samples.wordpress(encoding: nil, doctype: doctype).utf8)))
            #expect(error.message.contains("internal subset"), "\(subset): \(error)")
            #expect((error.line, error.column) == (2, 15), "\(subset): \(error)")
        }
    }

    @Test("a DOCTYPE with a SYSTEM or PUBLIC identifier is refused, and nothing is fetched")
    func externalIdentifier() throws {
        let doctypes = [
            "<!DOCTYPE rss SYSTEM \"file:///etc/passwd\">\n",
            "<!DOCTYPE rss PUBLIC \"-//x//y\" \"http://127.0.0.1:9/evil.dtd\">\n",
        ]
        for doctype in doctypes {
            let error = try #require(try refusal(Data(Samples.wordpress(encoding: nil, doctype: doctype).utf8)))
            #expect(error.message.contains("external DTD"), "\(error)")
            #expect((error.line, error.column) == (2, 15))
        }
    }

    @Test("the same tricks in UTF-16 and Windows-1252 are refused after decoding")
    func tricksInAcceptedEncodings() throws {
        let text = Samples.wordpress(encoding: nil, doctype: Self.xxe, title: "&xxe;")
        for data in [Samples.utf16(text, littleEndian: true), Samples.utf16(text, littleEndian: false)] {
            #expect(try refusal(data)?.message.contains("declares entities") == true)
        }
        let western = Samples.wordpress(encoding: "windows-1252", doctype: Self.xxe, title: "&xxe;")
        #expect(try refusal(Samples.windows1252(western))?.message.contains("declares entities") == true)
    }

    @Test("UTF-16 cut in the middle of a character, or with half a surrogate pair, says so")
    func brokenUTF16() throws {
        var cut = Samples.utf16(Samples.wordpress(encoding: "UTF-16"), littleEndian: true)
        cut.removeLast()
        #expect(try refusal(cut)?.message.contains("not valid UTF-16") == true)
        var lone = Samples.utf16(Samples.wordpress(encoding: "UTF-16", title: "X"), littleEndian: true)
        let x = try #require(lone.firstRange(of: Data([0x58, 0x00])))
        lone.replaceSubrange(x, with: [0x00, 0xD8])
        let error = try #require(try refusal(lone))
        #expect(error.message.contains("lone surrogate") && error.line == 4, "\(error)")
    }
}
