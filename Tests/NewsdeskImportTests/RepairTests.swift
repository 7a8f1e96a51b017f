import Foundation
import NewsdeskImport
import NewsdeskTestSupport
import Testing

@Suite("Repairs: what exporters' own importers read, read the same, and reported with line and column")
struct RepairTests {
    /// `text` with the first `old` after `marker` replaced by `new`; fails the test when either is missing.
    static func replacing(_ old: String, with new: String, after marker: String = "", in text: String) throws
        -> String
    {
        var text = text
        let start = marker.isEmpty ? text.startIndex : try #require(text.range(of: marker)).lowerBound
        let range = try #require(text.range(of: old, range: start..<text.endIndex))
        text.replaceSubrange(range, with: new)
        return text
    }

    /// The 1-based line and column of the first `needle` in `text` (column in bytes).
    static func place(of needle: String, in text: String) throws -> (line: Int, column: Int) {
        let range = try #require(text.range(of: needle))
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (line, before[lineStart...].utf8.count + 1)
    }

    static func wordpress(_ text: String) throws -> ImportBundle {
        try WordPressReader.read(Data(text.utf8))
    }

    /// A bundle without its repairs, to compare with one read from a file that needed none.
    static func withoutRepairs(_ bundle: ImportBundle) -> ImportBundle {
        var bundle = bundle
        bundle.repairs = []
        return bundle
    }

    @Test("a bare & in the last item's link reads as &amp; would; earlier posts are not handed over twice")
    func bareAmpersand() throws {
        let original = try Fixtures.text("wordpress/wordpress-importer_small-export.xml")
        let lastLink = try #require(original.range(of: "<link>", options: .backwards)).upperBound
        var raw = original
        raw.insert(contentsOf: "x?w=1&h=2&", at: lastLink)
        var escaped = original
        escaped.insert(contentsOf: "x?w=1&amp;h=2&amp;", at: lastLink)
        let repaired = try Self.wordpress(raw)
        #expect(Self.withoutRepairs(repaired) == (try Self.wordpress(escaped)))
        #expect(repaired.posts.map(\.sourceID) == (try Self.wordpress(original)).posts.map(\.sourceID))
        let (line, column) = try Self.place(of: "&h=2", in: raw)
        #expect(
            repaired.repairs.map(\.description) == [
                "line \(line), column \(column): a bare & was read as &amp;",
                "line \(line), column \(column + 4): a bare & was read as &amp;",
            ])
    }

    @Test("streamed from a file, the repaired copy is read the same, and the repair reported the same")
    func bareAmpersandFromFile() throws {
        let original = try Fixtures.text("wordpress/wordpress-importer_small-export.xml")
        let raw = try Self.replacing(
            "<link>http://localhost/?p=1</link>", with: "<link>http://localhost/?p=1&h=2</link>", in: original)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("repair-\(UUID().uuidString).xml")
        try Data(raw.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromFile = try WordPressReader.read(contentsOf: url)
        #expect(fromFile == (try Self.wordpress(raw)))
        #expect(fromFile.posts.first?.originalURL == "http://localhost/?p=1&h=2")
        let (line, column) = try Self.place(of: "&h=2", in: raw)
        #expect(fromFile.repairs.map { "\($0.line):\($0.column)" } == ["\(line):\(column)"])
    }

    @Test("HTML entities outside CDATA read as their characters; inside CDATA they stay as written")
    func htmlEntities() throws {
        let original = try Fixtures.text("wordpress/wordpress-importer_small-export.xml")
        let withCDATA = try Self.replacing(
            "Welcome to WordPress.", with: "Welcome&nbsp;to &amp WordPress.", in: original)
        let html = try Self.replacing(
            "<title>Hello world!</title>", with: "<title>Caf&eacute;&nbsp;world!</title>", in: withCDATA)
        let numeric = try Self.replacing(
            "<title>Hello world!</title>", with: "<title>Caf&#xE9;&#xA0;world!</title>", in: withCDATA)
        let repaired = try Self.wordpress(html)
        #expect(Self.withoutRepairs(repaired) == (try Self.wordpress(numeric)))
        #expect(repaired.posts.first?.title.hasPrefix("Café") == true)
        #expect(repaired.posts.first?.bodyHTML.contains("Welcome&nbsp;to &amp WordPress.") == true)
        let (line, column) = try Self.place(of: "&eacute;", in: html)
        #expect(repaired.repairs.count == 2)
        #expect(
            repaired.repairs.first?.description
                == "line \(line), column \(column): the HTML entity &eacute; was read as the character it names (U+00E9)"
        )
        #expect(repaired.repairs.last?.column == column + 8)
    }

    @Test("an entity neither XML nor HTML defines is read as its text, never expanded")
    func unknownEntity() throws {
        let original = try Fixtures.text("wordpress/wordpress-importer_small-export.xml")
        let raw = try Self.replacing(
            "<title>Hello world!</title>", with: "<title>Hello &secret; world</title>", in: original)
        let bundle = try Self.wordpress(raw)
        #expect(bundle.posts.first?.title == "Hello &secret; world")
        #expect(bundle.repairs.map(\.kind) == [.unknownEntity])
        #expect(bundle.repairs.first?.message.contains("&secret;") == true)
    }

    @Test("a Blogger export without xmlns:app reads as the original; the prefix is reported at its first use")
    func undeclaredPrefix() throws {
        let original = try Fixtures.text("blogger/hakyll-convert_blogger-000_2017-export.xml")
        let stripped = original.replacingOccurrences(of: " xmlns:app=\"http://purl.org/atom/app#\"", with: "")
        #expect(stripped != original)
        let bundle = try BloggerReader.read(Data(stripped.utf8))
        let expected = try BloggerReader.read(Data(original.utf8))
        #expect(Self.withoutRepairs(bundle) == expected)
        #expect(bundle.posts.map(\.status) == [.published, .published, .draft])
        let (line, column) = try Self.place(of: "app:control", in: stripped)
        #expect(
            bundle.repairs == [
                ImportRepair(
                    kind: .undeclaredPrefix, line: line, column: column,
                    message: "the prefix app: was not declared; read as http://purl.org/atom/app#")
            ])
    }

    @Test("a WordPress export whose root lost xmlns:wp reads as the original, in the excerpt's version")
    func undeclaredExportPrefix() throws {
        let original = try Fixtures.text("wordpress/wordpress-importer_small-export.xml")
        let stripped = original.replacingOccurrences(of: "xmlns:wp=\"http://wordpress.org/export/1.1/\"", with: "")
        let bundle = try Self.wordpress(stripped)
        #expect(Self.withoutRepairs(bundle) == (try Self.wordpress(original)))
        #expect(
            bundle.repairs.map(\.message) == [
                "the prefix wp: was not declared; read as http://wordpress.org/export/1.1/"
            ])
    }

    @Test("a Disqus root without its default namespace is read as Disqus; detection says Disqus too")
    func disqusRootNamespace() throws {
        let original = try Fixtures.text("disqus/isso_disqus-export.xml")
        let stripped = try Self.replacing("<disqus xmlns=\"http://disqus.com\"", with: "<disqus", in: original)
        let bundle = try DisqusReader.read(Data(stripped.utf8))
        let expected = try DisqusReader.read(Data(original.utf8))
        #expect(!expected.comments.isEmpty)
        #expect(Self.withoutRepairs(bundle) == expected)
        #expect(bundle.repairs.map(\.kind) == [.rootNamespace])
        #expect(bundle.repairs.first.map { "\($0.line):\($0.column)" } == "2:2")
        #expect(ImportFormat.detect(Data(stripped.utf8)) == .disqus)
    }

    @Test("a file with thousands of bare & lists the first 20 and one count for the rest")
    func boundedReport() throws {
        let original = try Fixtures.text("wordpress/wordpress-importer_small-export.xml")
        let many = String(repeating: "a&b ", count: 5000)
        let raw = try Self.replacing("<title>Hello world!</title>", with: "<title>\(many)</title>", in: original)
        let bundle = try Self.wordpress(raw)
        #expect(bundle.posts.first?.title.hasPrefix("a&b a&b") == true)
        #expect(bundle.repairs.count == 21)
        #expect(bundle.repairs.last?.count == 4980)
        #expect(bundle.repairs.reduce(0) { $0 + $1.count } == 5000)
    }
}
