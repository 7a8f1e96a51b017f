import Testing

@Suite("The safety check used on sanitised post HTML")
struct PostSanitizedHTMLCheckTests {
    @Test("it finds what is wrong with unsafe or malformed post HTML")
    func findsViolations() {
        let unsafe = [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<img alt=x>", "<svg/onload=alert(1)>",
            "<b onclick=x>b</b>", "<p style=\"x\">b</p>", "<p class=\"x\">b</p>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\" JAVASCRIPT:alert(1)\">x</a>",
            "<a href=\"data:text/html,x\">x</a>", "<img src=\"data:image/png,x\">", "<a href=\"vbscript:x\">x</a>",
            "<img src=\"mailto:a@b\">", "<a href=\"/x\" target=\"_blank\">x</a>", "<a href=\"/x\" href=\"/y\">x</a>",
            "<iframe src=\"https://evil.example/\"></iframe>", "<iframe src=\"http://www.youtube.com/\"></iframe>",
            "<iframe src=\"https://www.youtube.com/\">x</iframe>", "<iframe></iframe>",
            "<iframe src=\"https://www.youtube.com/\" sandbox=\"\"></iframe>", "<code class=\"x\">c</code>",
            "<a href=\"/1\"><a href=\"/2\">y</a></a>", "<!-- comment -->", "<!DOCTYPE html>", "<?xml?>", "</ x>",
            "x > y", "say \"hi\"", "it's", "&foo;", "AT&T", "<b>unclosed", "stray</b>", "<b><i>x</b></i>",
            "<br/>", "<br></br>", "<P>x</P>", "<p >x</p>", "<img src=x>", "<img src='x'>", "<b", "tab\u{1}",
            "<font>x</font>", "<td colspan=\"2\" width=\"3\">x</td>", "<img src=\"x\">",
            "<table align=\"center\"></table>",
        ]
        for html in unsafe {
            #expect(!SanitizedHTMLCheck.postViolations(in: html).isEmpty, "\(html) passed")
        }
    }

    @Test("it passes what the post sanitiser writes")
    func passesSafeHTML() {
        let html = """
            <h2>T</h2><p><em>a</em> &lt;script&gt; &amp; &quot;&#39;<br><a href="/x?a=1&amp;b=2" title="t">l</a> \
            <a href="mailto:me@example.com">m</a></p><hr><img src="https://e.example/a.png" alt="a" width="10">\
            <iframe src="https://www.youtube.com/embed/a" allowfullscreen=""></iframe>\
            <pre><code class="language-swift">x</code></pre><table><tr><td colspan="2" class="align-center">c</td></tr></table>\
            <audio src="/a.mp3" controls=""></audio>
            """
        #expect(SanitizedHTMLCheck.postViolations(in: html) == [])
    }
}
