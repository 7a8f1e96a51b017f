import NewsdeskCore
import Testing

/// What the post sanitiser changes so that old posts (Blogger's 2008 editor, WordPress's classic one) make
/// pages the HTML validator accepts, without losing what the reader saw.
@Suite("Post HTML sanitiser: valid HTML from old posts")
struct PostSanitizerValidityTests {
    private let sanitizer = PostSanitizer()

    private func sanitize(_ html: String) -> String {
        sanitizer.sanitize(html)
    }

    @Test("an image without alt gets an empty one; its given alt is kept")
    func imageAlt() {
        #expect(sanitize("<img src=\"/a.png\">") == "<img src=\"/a.png\" alt=\"\">")
        #expect(sanitize("<img alt=\"Liang\" src=\"/a.png\">") == "<img src=\"/a.png\" alt=\"Liang\">")
    }

    @Test("obsolete presentational attributes go; a cell's alignment becomes a class; percent sizes go")
    func presentationalAttributes() {
        let blogger = """
            <table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" \
            style="margin-left: auto;"><tbody><tr><td style="text-align: center;"><a href="https://e.example/b.jpg" \
            imageanchor="1"><img border="0" height="213" src="https://e.example/s320/b.jpg" width="320" /></a>\
            </td></tr><tr><td class="tr-caption" align="CENTER">Liang Guanglie</td></tr></tbody></table>
            """
        #expect(
            sanitize(blogger) == """
                <table><tbody><tr><td><a href="https://e.example/b.jpg"><img src="https://e.example/s320/b.jpg" \
                alt="" width="320" height="213"></a></td></tr><tr><td class="align-center">Liang Guanglie</td></tr>\
                </tbody></table>
                """)
        #expect(sanitize("<img src=\"/a.png\" width=\"100%\" bgcolor=\"red\">") == "<img src=\"/a.png\" alt=\"\">")
        #expect(sanitize("<td align=\"middle\">x</td>") == "<table><tr><td>x</td></tr></table>")
    }

    @Test("obsolete elements become today's: strike, tt, center, big")
    func obsoleteElements() {
        #expect(
            sanitize("<strike>a</strike><tt>b</tt><center>c</center><big>d</big>")
                == "<s>a</s><code>b</code><div>c</div><strong>d</strong>")
    }

    @Test("list items, definitions, rows, cells and captions out of place get the parent HTML asks for")
    func impliedParents() {
        #expect(sanitize("<div><li>a</li><li>b</li></div>") == "<div><ul><li>a</li><li>b</li></ul></div>")
        #expect(sanitize("<dd>x</dd>") == "<dl><dd>x</dd></dl>")
        #expect(sanitize("<tr><td>x</td></tr>") == "<table><tr><td>x</td></tr></table>")
        #expect(sanitize("<th>x") == "<table><tr><th>x</th></tr></table>")
        #expect(sanitize("<tbody><tr><td>x") == "<table><tbody><tr><td>x</td></tr></tbody></table>")
        #expect(sanitize("<figcaption>c</figcaption>") == "<figure><figcaption>c</figcaption></figure>")
        #expect(sanitize("<ol start=\"2\"><li>a</li></ol>") == "<ol start=\"2\"><li>a</li></ol>")
    }

    @Test("text and other elements straight inside a list or table are put in an item or cell")
    func impliedChildren() {
        #expect(sanitize("<ul>a<li>b</li></ul>") == "<ul><li>a</li><li>b</li></ul>")
        #expect(sanitize("<ul>\n <li>b</li>\n</ul>") == "<ul>\n <li>b</li>\n</ul>", "white space stays where it is")
        #expect(sanitize("<ol><br><li>b</li></ol>") == "<ol><li><br></li><li>b</li></ol>")
        #expect(
            sanitize("<table>x<tr><td>y</td></tr></table>")
                == "<table><tr><td>x</td></tr><tr><td>y</td></tr></table>")
        #expect(sanitize("<table><tr><p>x</p></tr></table>") == "<table><tr><td><p>x</p></td></tr></table>")
        #expect(sanitize("<dl><p>x</p></dl>") == "<dl><dd><p>x</p></dd></dl>")
        #expect(
            sanitize("<dl class=\"wp-caption\"><dt><img src=\"/a.jpg\"></dt></dl>")
                == "<dl><dt><img src=\"/a.jpg\" alt=\"\"></dt><dd></dd></dl>", "a term alone gets a definition")
        #expect(sanitize("<dl><dt>a</dt><dt>b</dt><dd>c</dd></dl>") == "<dl><dt>a</dt><dt>b</dt><dd>c</dd></dl>")
    }

    @Test("spaces and other bytes a URL may not hold are escaped; valid escapes and IPv6 hosts are kept")
    func urlEscaping() {
        #expect(sanitize("<a href=\"/my photo.jpg\">a</a>") == "<a href=\"/my%20photo.jpg\">a</a>")
        #expect(
            sanitize("<a href=\"https://e.example/a b?q=[1]|x^#f g\">a</a>")
                == "<a href=\"https://e.example/a%20b?q=%5B1%5D%7Cx%5E#f%20g\">a</a>")
        #expect(sanitize("<a href=\"/100%\">a</a>") == "<a href=\"/100%25\">a</a>")
        #expect(sanitize("<a href=\"/a%20b%2Fc\">a</a>") == "<a href=\"/a%20b%2Fc\">a</a>")
        #expect(sanitize("<a href=\"http://[::1]:8080/[x]\">a</a>") == "<a href=\"http://[::1]:8080/%5Bx%5D\">a</a>")
        #expect(sanitize("<img src=\"/a&quot;b.png\">") == "<img src=\"/a%22b.png\" alt=\"\">")
    }

    @Test("audio and video are kept with controls, and only safe sources")
    func players() {
        #expect(sanitize("<audio src=\"/a.mp3\" autoplay>x</audio>") == "<audio src=\"/a.mp3\" controls=\"\">x</audio>")
        #expect(sanitize("<video src=\"javascript:x\">y</video>") == "<video controls=\"\">y</video>")
        #expect(
            sanitize("<video src=\"https://e.example/v.mp4\" width=\"640\" onplay=\"x()\"></video>")
                == "<video src=\"https://e.example/v.mp4\" controls=\"\" width=\"640\"></video>")
    }

    @Test(
        "each rewrite is a fixed point: sanitising the output again changes nothing",
        arguments: [
            "<div><li>a</li></div>", "<table>x<tr><p>y</p></tr></table>", "<a href=\"/a b%zz\">x</a>",
            "<img src=\"/a.png\" align=\"left\">", "<td align=\"center\">x</td>", "<ul><br>t<li>u</li></ul>",
            "<figcaption><li>x</li></figcaption>", "<dl><dt>a<dl><dt>b</dl></dl>",
        ])
    func fixedPoint(html: String) {
        let once = sanitize(html)
        #expect(sanitize(once) == once)
    }
}
