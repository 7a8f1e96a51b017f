import NewsdeskCore
import Testing

@Suite("Escaping plain text")
struct HTMLTextTests {
    @Test("markup characters are escaped")
    func escapes() {
        #expect(
            HTMLText.escape("<script>alert('x')</script> & \"q\"")
                == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
    }

    @Test("line breaks are kept as <br>, after escaping")
    func lineBreaks() {
        #expect(HTMLText.withLineBreaks("a<b\nc\n\nd") == "a&lt;b<br>\nc<br>\n<br>\nd")
    }
}
