import Foundation
import NewsdeskImport
import Testing

@Suite("Encodings: UTF-8, UTF-16, ISO-8859-1 and Windows-1252 are read, as the right characters")
struct ExportEncodingTests {
    private typealias Samples = ExportEncodingSamples

    @Test("ISO-8859-1 and Windows-1252: accents, and 0x93/0x94 as curly quotes, from memory and from a file")
    func westernSingleByte() throws {
        for name in ["ISO-8859-1", "iso-8859-1", "latin1", "windows-1252", "Windows-1252", "cp1252"] {
            let data = Samples.windows1252(Samples.wordpress(encoding: name))
            #expect(try WordPressReader.read(data).posts.map(\.title) == [Samples.title], "\(name)")
            let streamed = try Samples.withFile(data) { try WordPressReader.read(contentsOf: $0) }
            #expect(streamed.posts.map(\.title) == [Samples.title], "\(name), from a file")
        }
    }

    @Test("UTF-16 little- and big-endian with a byte-order mark, from memory and from a file")
    func utf16() throws {
        for littleEndian in [true, false] {
            for encoding in ["UTF-16", nil] {
                let data = Samples.utf16(Samples.wordpress(encoding: encoding), littleEndian: littleEndian)
                let label = "\(littleEndian ? "LE" : "BE"), declared \(encoding ?? "nothing")"
                #expect(try WordPressReader.read(data).posts.map(\.title) == [Samples.title], "\(label)")
                let streamed = try Samples.withFile(data) { try WordPressReader.read(contentsOf: $0) }
                #expect(streamed.posts.map(\.title) == [Samples.title], "\(label), from a file")
                #expect(ImportFormat.detect(data) == .wordpress, "\(label)")
            }
        }
    }

    @Test("a UTF-16 file is repaired like a UTF-8 one (a bare & in a title)")
    func utf16Repaired() throws {
        let data = Samples.utf16(Samples.wordpress(encoding: "UTF-16", title: "Salt & pepper"), littleEndian: true)
        let bundle = try WordPressReader.read(data)
        #expect(bundle.posts.map(\.title) == ["Salt & pepper"])
        #expect(bundle.repairs.map(\.kind) == [.bareAmpersand])
    }

    @Test("UTF-8 with and without its byte-order mark, declared or not, reads as before")
    func utf8() throws {
        for encoding in ["UTF-8", "utf-8", nil] {
            let text = Samples.wordpress(encoding: encoding)
            #expect(try WordPressReader.read(Data(text.utf8)).posts.map(\.title) == [Samples.title])
            let marked = Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
            #expect(try WordPressReader.read(marked).posts.map(\.title) == [Samples.title])
        }
    }

    @Test("a name-only DOCTYPE is harmless and reads")
    func nameOnlyDoctype() throws {
        let text = Samples.wordpress(encoding: "UTF-8", doctype: "<!DOCTYPE rss>\n")
        #expect(try WordPressReader.read(Data(text.utf8)).posts.map(\.title) == [Samples.title])
    }
}
