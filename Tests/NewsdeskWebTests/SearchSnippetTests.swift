import NewsdeskCore
import Testing

@testable import NewsdeskWeb

@Suite("A search passage as HTML")
struct SearchSnippetTests {
    let start = SearchHit.markStart
    let end = SearchHit.markEnd

    @Test("text is escaped, markers become <mark>, stray and unclosed markers are mended")
    func html() {
        #expect(
            SearchSnippet.html("<b>Tom & \"Jerry's\"</b> \(start)troops\(end) left")
                == "&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt; <mark>troops</mark> left")
        #expect(SearchSnippet.html("a\(end) \(start)b\(start) c") == "a <mark>b c</mark>")
        #expect(SearchSnippet.html("Élysée \(start)中文\(end) 😀") == "Élysée <mark>中文</mark> 😀")
        #expect(SearchSnippet.html("") == "")
    }

    @Test("HTML escaping hands back text with nothing to escape, and escapes the five characters otherwise")
    func escape() {
        #expect(HTMLText.escape("plain text, é") == "plain text, é")
        #expect(HTMLText.escape("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;")
        #expect(FastHTMLContentType().escapeText("1 < 2") == "1 &lt; 2")
    }
}
