import Foundation
import NewsdeskCore
import NewsdeskFeeds
import NewsdeskMarkdown
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Atom, RSS, JSON Feed and sitemap writers")
struct FeedWriterTests {
    static let blog = Blog()
    static let post = Post(
        id: 7, title: "Gates & \"China\" <talks>", slug: "gates", path: "/2011/01/gates.html", status: .published,
        publishedAt: Date(timeIntervalSince1970: 1_295_273_100), updatedAt: Date(timeIntervalSince1970: 1_295_273_100),
        labels: ["China", "U.S. Military"],
        image: PostImage(url: "/static/demo/photo.svg", caption: "A caption", altText: "Alt"),
        clipping: Clipping(
            sourceURL: "https://www.stripes.com/a?b=1&c=2", headline: "Does China want ties?",
            outlet: "Stars And Stripes",
            excerptParagraphs: ["TOKYO — talks."]),
        commentary: "My view.\u{0B} With a control character.")

    static func feed(summaryOnly: Bool = false) -> FeedDocument {
        FeedDocument(
            title: "War News Updates", subtitle: "News & commentary", pageURL: "https://wnu.example/",
            selfURL: "https://wnu.example/feeds/posts/default",
            nextURL: "https://wnu.example/feeds/posts/default?start-index=2",
            updated: post.updatedAt, authorName: "Editor",
            entries: [
                FeedEntry(
                    post: post, blog: blog, baseURL: "https://wnu.example", summaryOnly: summaryOnly,
                    rendering: MarkdownRenderer())
            ],
            timeZone: TimeZone(identifier: "America/New_York")!)
    }

    /// Parses XML, failing on any well-formedness error; returns the element names in document order.
    func elements(_ xml: String) throws -> [String] {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        return collector.names
    }

    @Test("Atom is well-formed and carries the clip, labels, photo and paging")
    func atom() throws {
        let xml = AtomFeedWriter.write(Self.feed())
        let names = try elements(xml)
        #expect(names.first == "feed")
        #expect(names.filter { $0 == "entry" }.count == 1)
        #expect(xml.contains("<title type=\"text\">Gates &amp; &quot;China&quot; &lt;talks&gt;</title>"))
        #expect(xml.contains("<link rel=\"related\" type=\"text/html\" href=\"https://www.stripes.com/a?b=1&amp;c=2\""))
        #expect(xml.contains("<link rel=\"next\""))
        #expect(xml.contains("term=\"U.S. Military\""))
        #expect(xml.contains("<published>2011-01-17T09:05:00-05:00</published>"))
        #expect(xml.contains("src=&quot;https://wnu.example/static/demo/photo.svg&quot;"))
        #expect(!xml.contains("\u{0B}"))
        let summary = AtomFeedWriter.write(Self.feed(summaryOnly: true))
        #expect(!summary.contains("<content"))
        #expect(summary.contains("<summary type=\"text\">TOKYO — talks.</summary>"))
    }

    @Test("RSS 2.0 is well-formed, with RFC 822 dates and the clipped source")
    func rss() throws {
        let xml = RSSFeedWriter.write(Self.feed())
        #expect(try elements(xml).first == "rss")
        #expect(xml.contains("<pubDate>Mon, 17 Jan 2011 14:05:00 GMT</pubDate>"))
        #expect(
            xml.contains(
                "<source url=\"https://www.stripes.com/a?b=1&amp;c=2\">Does China want ties? -- Stars And Stripes</source>"
            ))
        #expect(xml.contains("<category>China</category>"))
    }

    @Test("JSON Feed 1.1 names the clipped story as the external URL")
    func json() throws {
        let text = JSONFeedWriter.write(Self.feed())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(object["next_url"] as? String == "https://wnu.example/feeds/posts/default?start-index=2")
        let item = try #require((object["items"] as? [[String: Any]])?.first)
        #expect(item["external_url"] as? String == "https://www.stripes.com/a?b=1&c=2")
        #expect(item["tags"] as? [String] == ["China", "U.S. Military"])
        #expect((item["content_html"] as? String)?.contains("Stars And Stripes") == true)
        #expect(item["image"] as? String == "https://wnu.example/static/demo/photo.svg")
    }

    @Test("a sitemap lists each address with its last change; big blogs get an index")
    func sitemap() throws {
        let entries = [SitemapEntry(path: "/2011/01/gates.html", updatedAt: Date(timeIntervalSince1970: 1_295_273_100))]
        let xml = SitemapWriter.urlSet(entries, baseURL: "https://wnu.example")
        #expect(try elements(xml) == ["urlset", "url", "loc", "lastmod"])
        #expect(
            xml.contains("<loc>https://wnu.example/2011/01/gates.html</loc><lastmod>2011-01-17T14:05:00Z</lastmod>"))
        let index = SitemapWriter.index(pageCount: 3, baseURL: "https://wnu.example")
        #expect(try elements(index).filter { $0 == "sitemap" }.count == 3)
        #expect(index.contains("https://wnu.example/sitemap.xml?page=3"))
    }

    @Test("XML text drops characters XML forbids and escapes markup")
    func xmlText() {
        #expect(XMLEscaping.escape("a\u{0}b\u{1F}c\td\ne&<>\"") == "abc\td\ne&amp;&lt;&gt;&quot;")
    }
}

/// Collects element names while parsing.
final class ElementCollector: NSObject, XMLParserDelegate {
    var names: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        names.append(elementName)
    }
}
