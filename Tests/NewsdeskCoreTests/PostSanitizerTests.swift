import NewsdeskCore
import Testing

@Suite("Post HTML sanitiser: exact outputs")
struct PostSanitizerTests {
    private let sanitizer = PostSanitizer()

    private func sanitize(_ html: String) -> String {
        sanitizer.sanitize(html)
    }

    @Test("an editor's markup on the allow-list is kept as it is")
    func allowedMarkup() {
        let html = """
            <h2>Title</h2><p>A <em>b</em> <strong>c</strong> <b>d</b> <i>e</i> <u>f</u> <s>g</s> <del>h</del> \
            <ins>i</ins> H<sub>2</sub>O x<sup>2</sup> <small>j</small> <mark>k</mark> <abbr title="l">m</abbr> \
            <cite>n</cite> <q>o</q> <span>p</span> <code class="language-swift">q</code><br>r</p><hr>\
            <ul><li>s</li></ul><ol start="3"><li>t</li></ol><dl><dt>u</dt><dd>v</dd></dl>\
            <blockquote><p>w</p></blockquote><pre><code>x &lt; y</code></pre>\
            <figure><img src="/photo.jpg" alt="A &quot;photo&quot;" title="t" width="640" height="50">\
            <figcaption>z</figcaption></figure><div><a href="https://example.com/?a=1&amp;b=2" title="t">1</a> \
            <a href="mailto:me@example.com">2</a> <a href="../relative#x">3</a></div>\
            <table><caption>c</caption><thead><tr><th colspan="2" class="align-left">a</th></tr></thead>\
            <tbody><tr><td rowspan="1" class="align-right">b</td><td>c</td></tr></tbody><tfoot><tr><td>d</td></tr>\
            </tfoot></table><audio src="/a.mp3" controls=""></audio>\
            <video src="https://e.example/v.mp4" controls="" width="640" height="360" poster="/p.jpg"></video>
            """
        #expect(sanitize(html) == html)
    }

    @Test("tags and attribute names are lowercased, values quoted, attributes in a fixed order")
    func normalisedTags() {
        #expect(sanitize("<P ALIGN=center>a</P>") == "<p>a</p>")
        #expect(sanitize("<IMG HEIGHT=1 ALT='x' SRC=a.png>") == "<img src=\"a.png\" alt=\"x\" height=\"1\">")
        #expect(sanitize("<br/><hr />") == "<br><hr>")
        #expect(
            sanitize("<td ALIGN=RIGHT colspan=x>a</td>") == "<table><tr><td class=\"align-right\">a</td></tr></table>")
    }

    @Test("script, style and the like go with their content; other unknown tags go, their text stays")
    func droppedElements() {
        #expect(sanitize("a<script>alert(1)</script>b<style>p{}</style>c") == "abc")
        for name in ["template", "iframe", "object", "noscript", "textarea", "title", "svg", "math"] {
            #expect(sanitize("a<\(name)><b>x</b></\(name)>b") == "ab", "\(name)")
        }
        #expect(sanitize("<object><object>x</object>y</object>z") == "z")
        #expect(sanitize("<font color=red>red</font> <form><input value=x>t</form>") == "red t")
        #expect(
            sanitize("<html><head><title>T</title><meta charset=utf-8></head><body><p>x</p></body></html>")
                == "<p>x</p>")
        #expect(sanitize("a<!-- <b>c</b> -->b<!DOCTYPE html><?xml x?>") == "ab")
    }

    @Test("no handler, style or other attribute survives")
    func attributes() {
        let html = #"<p onclick="x()" style="color:red" class="c" id="i" data-x="1">a</p>"#
        #expect(sanitize(html) == "<p>a</p>")
        #expect(sanitize(#"<a href="/x" target="_blank" rel="x" onmouseover="y">a</a>"#) == #"<a href="/x">a</a>"#)
        #expect(sanitize(#"<code class="x language-js">a</code>"#) == "<code>a</code>")
    }

    @Test(
        "javascript:, vbscript: and data: URLs go, however they are spelled",
        arguments: [
            "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "jav\tascript:alert(1)",
            "jav&#x09;ascript:alert(1)", "jav&#10;ascript:alert(1)", "&#106;avascript:alert(1)",
            "&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)", "java\u{0}script:alert(1)",
            "\u{1}javascript:alert(1)", "javascript&#58;alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>",
            "DATA:image/svg+xml;base64,PHN2Zz4=", "java&#x0D;script:x", "livescript:x",
        ])
    func refusedURLs(url: String) {
        #expect(sanitize("<a href=\"\(url)\">a</a>") == "<a>a</a>")
        #expect(sanitize("<img src=\"\(url)\" alt=x>") == "")
    }

    @Test("images take http, https and relative URLs only")
    func imageURLs() {
        #expect(sanitize("<img src=\"mailto:a@b.c\">") == "")
        #expect(sanitize("<img src=\"//cdn.example.com/a.png\">") == "<img src=\"//cdn.example.com/a.png\" alt=\"\">")
        #expect(sanitize("<img alt=x>") == "")
        #expect(sanitize("<a href=\" https://e.example/a\tb \">x</a>") == "<a href=\"https://e.example/ab\">x</a>")
    }

    @Test("an iframe is kept only from an allowed host over https, with its few attributes and no content")
    func iframes() {
        let player = "<iframe src=\"https://www.youtube.com/embed/abc?rel=0\" width=\"560\" height=\"315\" "
        #expect(
            sanitize(player + "frameborder=0 allowfullscreen onload=x>fallback</iframe>after")
                == player + "allowfullscreen=\"\"></iframe>after")
        #expect(sanitize("<iframe src=\"https://PLAYER.vimeo.com/video/1\"></iframe>").contains("<iframe"))
        for refused in [
            "https://evil.example/", "http://www.youtube.com/embed/a", "//www.youtube.com/embed/a",
            "https://www.youtube.com.evil.example/", "https://www.youtube.com@evil.example/",
            "https://www.youtube.com:8443/embed/a", "javascript:alert(1)", "/embed/a",
        ] {
            #expect(sanitize("a<iframe src=\"\(refused)\">b</iframe>c") == "ac", "\(refused)")
        }
        let custom = PostSanitizer(iframeHosts: ["Videos.Example.org"])
        #expect(custom.sanitize("<iframe src=\"https://videos.example.org/v/1\"></iframe>").contains("<iframe"))
        #expect(custom.sanitize("<iframe src=\"https://www.youtube.com/embed/a\"></iframe>") == "")
    }

    @Test("text is escaped; CRLF and CR become LF; other controls become U+FFFD")
    func text() {
        #expect(
            sanitize("a < b & c > \"d\" 'e' &amp;lt; &foo;")
                == "a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39; &amp;lt; &amp;foo;")
        #expect(sanitize("a\r\nb\rc\u{0}d\u{7}e&#1;\tf\u{85}") == "a\nb\nc\u{FFFD}d\u{FFFD}e\u{FFFD}\tf\u{FFFD}")
        #expect(sanitize("") == "")
        #expect(sanitize("x</>y< z") == "x&lt;/&gt;y&lt; z")
    }

    @Test("the output is balanced as a browser would balance it")
    func nesting() {
        #expect(sanitize("<p>one<p>two") == "<p>one</p><p>two</p>")
        #expect(sanitize("<p>a<div>b</div>c</p>") == "<p>a</p><div>b</div>c")
        #expect(sanitize("<ul><li>a<li>b<ul><li>c</ul></ul>") == "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>")
        #expect(
            sanitize("<table><tr><td>a<td>b<tr><td>c</table>")
                == "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
        #expect(sanitize("<dl><dt>a<dd>b<dt>c</dl>") == "<dl><dt>a</dt><dd>b</dd><dt>c</dt><dd></dd></dl>")
        #expect(sanitize("<h1>a<h2>b</h2>") == "<h1>a</h1><h2>b</h2>")
        #expect(sanitize("<a href=/1>a<a href=/2>b</a>") == "<a href=\"/1\">a</a><a href=\"/2\">b</a>")
        #expect(sanitize("<b><i>x</b>y</i></p></b>") == "<b><i>x</i></b>y")
        #expect(sanitize("<em><strong>open") == "<em><strong>open</strong></em>")
        #expect(sanitize("<td><p>a</td>") == "<table><tr><td><p>a</p></td></tr></table>")
    }

    @Test("nesting deeper than the limit drops the deeper tags but keeps their text")
    func nestingLimit() {
        let depth = PostSanitizer.maximumNesting + 5
        let html = sanitize(String(repeating: "<span>", count: depth) + "x")
        #expect(html.components(separatedBy: "<span>").count - 1 == PostSanitizer.maximumNesting)
        #expect(html.contains(">x<"))
    }
}
