import Foundation
import NewsdeskTestSupport
import Testing

@testable import NewsdeskImport

@Suite("Refusals say what is wrong in words, with line and column, never a library's error number")
struct RefusalMessageTests {
    private func refusal(_ read: () throws -> Any) -> ImportError? {
        do {
            _ = try read()
            Issue.record("read without error")
        } catch let error as ImportError {
            return error
        } catch {
            Issue.record("not an ImportError: \(error)")
        }
        return nil
    }

    /// Whether `message` holds a number (as in "XML error 23").
    private func hasNumber(_ message: String) -> Bool {
        message.contains { $0.isNumber }
    }

    @Test("every libxml2 code has a sentence without a number")
    func everyCodeInWords() {
        for code in 0...2000 {
            for rootIsOpen in [false, true] {
                let reason = XMLSyntax.reason(code: code, rootIsOpen: rootIsOpen)
                #expect(!reason.isEmpty && !hasNumber(reason), "code \(code): \(reason)")
            }
        }
    }

    @Test("the encoding codes (unknown encoding, conversion failed) speak of the encoding")
    func encodingCodes() {
        for code in [31, 32, 81, 6000, 6003] {
            #expect(XMLSyntax.reason(code: code, rootIsOpen: true).contains("encoding"), "code \(code)")
        }
    }

    @Test("truncated, binary, wrong format, unrepairable markup: line, column and words")
    func unreadableFiles() throws {
        let wordpress = try Fixtures.data("wordpress/wordpress-importer_small-export.xml")
        var binary = Data("<?xml version=\"1.0\"?>\n<rss>\n".utf8)
        binary.append(contentsOf: (0..<256).map { UInt8($0) })
        let text = String(decoding: wordpress, as: UTF8.self)
        let cases: [(String, ImportError?)] = [
            ("truncated", refusal { try WordPressReader.read(wordpress.prefix(wordpress.count / 2)) }),
            ("binary", refusal { try WordPressReader.read(binary) }),
            (
                "a '<' in a title",
                refusal {
                    try WordPressReader.read(
                        Data(text.replacingOccurrences(of: "<title>Hello world!", with: "<title>a < b").utf8))
                }
            ),
            (
                "a bad character reference",
                refusal {
                    try WordPressReader.read(Data(text.replacingOccurrences(of: "Hello world!", with: "&#0;").utf8))
                }
            ),
            (
                "an undeclared prefix no format defines",
                refusal {
                    try WordPressReader.read(
                        Data(text.replacingOccurrences(of: "<wp:post_id>1<", with: "<foo:x/><wp:post_id>1<").utf8))
                }
            ),
            (
                "Blogger as WordPress",
                refusal {
                    try WordPressReader.read(try Fixtures.data("blogger/google-blog-converters_blogger-sample2.xml"))
                }
            ),
        ]
        for (name, error) in cases {
            let error = try #require(error, "\(name)")
            #expect(!hasNumber(error.message), "\(name): \(error)")
            #expect(error.line > 0 && error.column > 0, "\(name): \(error)")
            #expect(error.description.hasPrefix("line \(error.line), column \(error.column): "))
        }
    }

    @Test("a folder given as the export is named as a folder")
    func folder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(refusal { try BloggerReader.read(contentsOf: folder) })
        #expect(error.message == "\(folder.lastPathComponent) is a folder, not an export file")
        #expect(error.description == error.message)
    }
}
