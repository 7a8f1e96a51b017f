import Testing

@Suite("The safety check used on sanitised output")
struct SanitizedHTMLCheckTests {
    @Test("it finds what is wrong with unsafe or malformed HTML")
    func findsViolations() {
        let rel = #"rel="nofollow ugc noopener""#
        let unsafe = [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>", "<b onclick=x>b</b>",
            "<b style=\"x\">b</b>", "<a href=\"javascript:alert(1)\" \(rel)>x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\" \(rel)>x</a>", "<a href=\" JAVASCRIPT:alert(1)\" \(rel)>x</a>",
            "<a href=\"data:text/html,x\" \(rel)>x</a>", "<a href=\"vbscript:x\" \(rel)>x</a>",
            "<a href=\"/relative\" \(rel)>x</a>", "<a href=\"http://x\">no rel</a>", "<a \(rel)>no href</a>",
            "<a href=\"http://x\" \(rel) title=t>x</a>",
            "<a href=\"http://x\" \(rel)><a href=\"http://y\" \(rel)>y</a></a>",
            "<!-- comment -->", "<!DOCTYPE html>", "<?xml?>", "</ x>", "x > y", "say \"hi\"", "it's", "&foo;", "AT&T",
            "<b>unclosed", "stray</b>", "<b><i>x</b></i>", "a<br>b", "<br/>\n", "<b", "<p>x</p>", "tab\u{1}",
        ]
        for html in unsafe {
            #expect(!SanitizedHTMLCheck.violations(in: html).isEmpty, "\(html) passed")
        }
    }

    @Test("it passes what the sanitiser writes")
    func passesSafeHTML() {
        let html =
            #"<b>b</b> <i><em>x</em></i> &lt;script&gt; &amp; &quot;&#39; <blockquote><code>c</code></blockquote>"#
            + "<br>\n" + #"<a href="https://example.com/?a=1&amp;b=2" rel="nofollow ugc noopener">link</a>"#
            + #"<a href="mailto:me@example.com" rel="nofollow ugc noopener">mail</a>"#
        #expect(SanitizedHTMLCheck.violations(in: html) == [])
    }
}
