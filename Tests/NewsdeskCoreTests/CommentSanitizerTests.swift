import NewsdeskCore
import Testing

@Suite("Comment HTML sanitiser: exact outputs")
struct CommentSanitizerTests {
    private func sanitize(_ text: String) -> String {
        CommentSanitizer.sanitize(text)
    }

    @Test("plain text keeps its line breaks as <br>; a blank line is two; CRLF and CR are newlines")
    func plainText() {
        #expect(sanitize("Hello\nworld\n\nBye") == "Hello<br>\nworld<br>\n<br>\nBye")
        #expect(sanitize("a\r\nb\rc\n") == "a<br>\nb<br>\nc<br>\n")
        #expect(sanitize("It's \"quoted\" & fine > 3") == "It&#39;s &quot;quoted&quot; &amp; fine &gt; 3")
        #expect(sanitize("") == "")
    }

    @Test("a <br> tag is a line break, and so is the newline typed right after it, once")
    func lineBreakTags() {
        #expect(sanitize("a<br>b<BR/>c<br class=x>\nd") == "a<br>\nb<br>\nc<br>\nd")
        #expect(sanitize("a<br>\n\nb") == "a<br>\n<br>\nb")
        #expect(sanitize("a&#10;b") == "a<br>\nb")
        #expect(sanitize("a</br>b") == "a&lt;/br&gt;b")
    }

    @Test("allowed markup is kept, lowercased and without attributes")
    func allowedMarkup() {
        #expect(sanitize("<b>bold</b>") == "<b>bold</b>")
        #expect(
            sanitize("<i>i</i> <em>em</em> <strong>s</strong> <code>x &lt; y</code>")
                == "<i>i</i> <em>em</em> <strong>s</strong> <code>x &lt; y</code>")
        #expect(sanitize("<B>loud</B>") == "<b>loud</b>")
        #expect(sanitize(#"<b class="x" onclick="evil()" style="color:red">b</b >"#) == "<b>b</b>")
    }

    @Test("nested blockquotes are kept")
    func nestedBlockquote() {
        let quote = "<blockquote>outer<blockquote>inner</blockquote>back</blockquote>"
        #expect(sanitize(quote) == quote)
        #expect(sanitize("<blockquote>\nquoted\n</blockquote>") == "<blockquote><br>\nquoted<br>\n</blockquote>")
    }

    @Test("a link keeps only its href, and gets rel")
    func link() {
        let input = #"<a href="https://example.com/p?a=1&amp;b=2" title="t" onclick="steal()" style="x" target=_blank>"#
        #expect(
            sanitize(input + "site</a>")
                == #"<a href="https://example.com/p?a=1&amp;b=2" rel="nofollow ugc noopener">site</a>"#)
        #expect(
            sanitize("<A HREF='mailto:me@example.com' rel=\"follow\">mail</A>")
                == #"<a href="mailto:me@example.com" rel="nofollow ugc noopener">mail</a>"#)
        #expect(
            sanitize("<a href=http://example.com/x>x</a>")
                == #"<a href="http://example.com/x" rel="nofollow ugc noopener">x</a>"#)
        #expect(
            sanitize("<a href=\" https://example.com/a\tb \">x</a>")
                == #"<a href="https://example.com/ab" rel="nofollow ugc noopener">x</a>"#)
    }

    @Test("a link that is not http, https or mailto is shown as text, tag and all; its text stays")
    func refusedLink() {
        #expect(
            sanitize(#"<a href="javascript:alert(1)">click</a>"#)
                == "&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;")
        #expect(sanitize("<a>anchor</a>") == "&lt;a&gt;anchor&lt;/a&gt;")
        let refusedHrefs = [
            "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
            "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116:1",
            "jav&#x09;ascript:alert(1)", "\u{1}javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>",
            "/relative", "#top", "", "example.com", "ftp://example.com", "javascript&colon;alert(1)",
        ]
        for href in refusedHrefs {
            let input = "<a href=\"\(href)\">x</a>"
            #expect(!sanitize(input).contains("<a"), "\(href) gave \(sanitize(input))")
            #expect(CommentSanitizer.linkCount(in: input) == 0)
        }
    }

    @Test("a link inside a link ends the first one, as a browser does")
    func linkInsideLink() {
        #expect(
            sanitize(#"<a href="http://a.example">one <a href="http://b.example">two</a></a>"#)
                == #"<a href="http://a.example" rel="nofollow ugc noopener">one </a>"#
                + #"<a href="http://b.example" rel="nofollow ugc noopener">two</a>&lt;/a&gt;"#)
    }

    @Test("a bare URL becomes a link, without the punctuation that ends the sentence")
    func bareURL() {
        #expect(
            sanitize("see https://example.com/a.")
                == #"see <a href="https://example.com/a" rel="nofollow ugc noopener">https://example.com/a</a>."#)
        #expect(
            sanitize("(www.example.com/x)")
                == #"(<a href="http://www.example.com/x" rel="nofollow ugc noopener">www.example.com/x</a>)"#)
        #expect(
            sanitize("https://en.wikipedia.org/wiki/Foo_(bar), ok")
                == #"<a href="https://en.wikipedia.org/wiki/Foo_(bar)" rel="nofollow ugc noopener">"#
                + "https://en.wikipedia.org/wiki/Foo_(bar)</a>, ok")
        #expect(
            sanitize("HTTP://A.example/?q=1&amp;r=<b>2</b>")
                == #"<a href="HTTP://A.example/?q=1&amp;r=" rel="nofollow ugc noopener">"#
                + "HTTP://A.example/?q=1&amp;r=</a><b>2</b>")
        for notALink in [
            "xhttp://a.example", "me@www.example.com", "http:// nothing", "https://.", "www.", "ftp://a.b",
        ] {
            #expect(!sanitize(notALink).contains("<a"), "\(notALink)")
        }
        let linked = #"<a href="http://a.example" rel="nofollow ugc noopener">http://b.example</a>"#
        #expect(sanitize(linked) == linked)
    }

    @Test("<script> and every other tag are shown as text")
    func otherTags() {
        #expect(sanitize("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(sanitize("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
        #expect(sanitize("a<!-- hidden -->b") == "a&lt;!-- hidden --&gt;b")
        #expect(sanitize("<p title=\"<b>\">x</p>") == "&lt;p title=&quot;&lt;b&gt;&quot;&gt;x&lt;/p&gt;")
        #expect(sanitize("3 <4 and 5> 2 <") == "3 &lt;4 and 5&gt; 2 &lt;")
    }

    @Test("open elements are closed at the end; stray end tags are text; an end tag closes what it contains")
    func nesting() {
        #expect(sanitize("<b>unclosed") == "<b>unclosed</b>")
        #expect(sanitize("<b><i>x") == "<b><i>x</i></b>")
        #expect(sanitize("x</b>y") == "x&lt;/b&gt;y")
        #expect(sanitize("<b><i>x</b>y</i>") == "<b><i>x</i></b>y&lt;/i&gt;")
        let deep = String(repeating: "<b>", count: CommentSanitizer.maximumNesting + 2) + "x"
        let expected =
            String(repeating: "<b>", count: CommentSanitizer.maximumNesting) + "&lt;b&gt;&lt;b&gt;x"
            + String(repeating: "</b>", count: CommentSanitizer.maximumNesting)
        #expect(sanitize(deep) == expected)
    }

    @Test("valid character references are decoded and markup characters escaped again; bogus ones stay")
    func entities() {
        #expect(sanitize("&amp; &lt; &#x3C; &#60; &#60 &foo; AT&T") == "&amp; &lt; &lt; &lt; &lt; &amp;foo; AT&amp;T")
        #expect(sanitize("&quot;&apos;&#39;&gt;") == "&quot;&#39;&#39;&gt;")
        #expect(sanitize("&copy; &eacute; &hellip; &#146; &#x1F600;") == "© é … ’ 😀")
        #expect(sanitize("&#0; &#xD800; &#x110000; &#99999999999;") == "\u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD}")
        #expect(sanitize("&lt;script&gt;") == "&lt;script&gt;")
    }

    @Test("control characters other than tab and newline become U+FFFD")
    func controlCharacters() {
        #expect(sanitize("a\u{0}b\u{7}c\td\u{85}") == "a\u{FFFD}b\u{FFFD}c\td\u{FFFD}")
    }

    @Test("linkCount counts kept links and linkified URLs, not refused links")
    func linkCount() {
        let text = #"<a href="http://a.example">a</a> http://b.example www.c.example <a href="javascript:x">d</a>"#
        #expect(CommentSanitizer.linkCount(in: text) == 3)
        #expect(CommentSanitizer.linkCount(in: "no links here, see example.com") == 0)
    }
}
