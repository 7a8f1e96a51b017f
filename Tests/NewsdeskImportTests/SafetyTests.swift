import Foundation
import NewsdeskImport
import Testing

@Suite("Safety: entity bombs, external entities, DTDs")
struct SafetyTests {
    /// The classic "billion laughs": ten levels of ten references each, a billion `lol`s once expanded.
    static func billionLaughs(root: String) -> String {
        var declarations = "<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        let body = root.replacingOccurrences(of: "BOMB", with: "&lol9;")
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n\(declarations)]>\n\(body)"
    }

    static let wordpressRoot = """
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
        <item><title>BOMB</title><wp:post_id>1</wp:post_id></item></channel></rss>
        """
    static let bloggerRoot = "<feed xmlns='http://www.w3.org/2005/Atom'><title>BOMB</title></feed>"
    static let disqusRoot = "<disqus xmlns='http://disqus.com'><thread><title>BOMB</title></thread></disqus>"

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

    @Test("billion laughs is refused by every reader before expansion, at the first <!ENTITY")
    func billionLaughs() throws {
        // Refused at the declaration, line 3 column 1: nothing was expanded (expanding would not finish).
        let errors = [
            refusal { try WordPressReader.read(Data(Self.billionLaughs(root: Self.wordpressRoot).utf8)) },
            refusal { try BloggerReader.read(Data(Self.billionLaughs(root: Self.bloggerRoot).utf8)) },
            refusal { try DisqusReader.read(Data(Self.billionLaughs(root: Self.disqusRoot).utf8)) },
        ]
        for error in errors {
            let error = try #require(error)
            #expect(error.message.contains("declares entities") && error.message.contains("billion laughs"))
            #expect((error.line, error.column) == (3, 1))
        }
        #expect(ImportFormat.detect(Data(Self.billionLaughs(root: Self.wordpressRoot).utf8)) == nil)
    }

    @Test("an external entity (a local file) is refused, never read")
    func externalEntity() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!-- a comment ] > inside --> <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            \(Self.wordpressRoot.replacingOccurrences(of: "BOMB", with: "&secret;"))
            """
        let error = try #require(refusal { try WordPressReader.read(Data(xml.utf8)) })
        #expect(error.message.contains("declares entities"))
        #expect(error.line == 2)
    }

    @Test("a parameter entity and a quoted ']>' in the subset do not hide the declaration")
    func trickySubset() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE feed [ <!ATTLIST feed note CDATA "]>"> <!ENTITY % p "x"> ]>
            \(Self.bloggerRoot.replacingOccurrences(of: "BOMB", with: "x"))
            """
        #expect(refusal { try BloggerReader.read(Data(xml.utf8)) } != nil)
    }

    @Test("a bomb in a UTF-16 file is refused too")
    func utf16() throws {
        let xml = Self.billionLaughs(root: Self.bloggerRoot).replacingOccurrences(
            of: "<?xml version=\"1.0\"?>", with: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")
        var data = Data([0xFF, 0xFE])
        data.append(xml.data(using: .utf16LittleEndian)!)
        let error = try #require(refusal { try BloggerReader.read(data) })
        #expect(error.message.contains("declares entities"))
    }

    @Test("streaming from a file: a bomb after 200 KB of comments in the prolog is still refused")
    func longPrologFromFile() throws {
        let padding = String(repeating: "<!-- \(String(repeating: "padding ", count: 100)) -->\n", count: 250)
        let xml = Self.billionLaughs(root: Self.wordpressRoot).replacingOccurrences(
            of: "<?xml version=\"1.0\"?>\n", with: "<?xml version=\"1.0\"?>\n" + padding
        )
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(xml.utf8.count > 200_000)
        let error = try #require(
            refusal { try WordPressReader.read(url, onPost: { _ in }, onComment: { _ in }) }
        )
        #expect(error.message.contains("declares entities") && error.line == 253)
    }

    @Test("a DOCTYPE naming an external DTD is refused before the parser sees it (so it is never fetched)")
    func externalDTDRefused() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "file:///etc/passwd">
            \(Self.wordpressRoot.replacingOccurrences(of: "BOMB", with: "Safe"))
            """
        let error = try #require(refusal { try WordPressReader.read(Data(xml.utf8)) })
        #expect(error.message.contains("external DTD") && (error.line, error.column) == (2, 15))
    }

    @Test("an undeclared entity outside CDATA is never expanded: HTML's read as the character, others as text")
    func undeclaredEntity() throws {
        let html = Self.wordpressRoot.replacingOccurrences(of: "BOMB", with: "Caf&eacute;")
        let bundle = try WordPressReader.read(Data(html.utf8))
        #expect(bundle.posts.map(\.title) == ["Café"])
        #expect(bundle.repairs.map(\.kind) == [.htmlEntity])
        let unknown = Self.wordpressRoot.replacingOccurrences(of: "BOMB", with: "&secret;")
        #expect(try WordPressReader.read(Data(unknown.utf8)).posts.map(\.title) == ["&secret;"])
    }
}
