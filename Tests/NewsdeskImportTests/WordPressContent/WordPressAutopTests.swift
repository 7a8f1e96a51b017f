import Testing

@testable import NewsdeskImport

/// WordPress's `Tests_Formatting_wpAutop` (wordpress-develop, tests/phpunit/tests/formatting/wpAutop.php),
/// inputs and expected strings as WordPress has them. Skipped there too: the two data_element_sanity rows
/// WordPress itself comments out (block elements inside comments and CDATA fail "in all versions").
@Suite("wpautop: WordPress's test cases")
struct WordPressAutopTests {
    /// PHP's `trim()`, which most of WordPress's assertions apply.
    static func trim(_ text: String) -> String {
        let drop: Set<Character> = [" ", "\t", "\n", "\r", "\0", "\u{0B}"]
        var result = Substring(text)
        while let first = result.first, drop.contains(first) { result = result.dropFirst() }
        while let last = result.last, drop.contains(last) { result = result.dropLast() }
        return String(result)
    }

    static func autop(_ text: String) -> String {
        trim(WordPressAutop.apply(text))
    }

    /// test_skip_pre_elements (ticket 19855). WordPress reads its code from tests/data/formatting/sizzle.js,
    /// which is not here; a short stand-in with the same traits (entities, blank lines, indentation) is used
    /// for the first two assertions. The third is WordPress's own.
    @Test("<pre> is left alone")
    func skipPre() {
        let code = "function f( a ) {\n\tif ( a &lt; 1 ) {\n\n\t\treturn &quot;x&quot;;\n\t}\n}\n\n\nvar b = [];"
        #expect(Self.autop("<pre>\(code)</pre>") == "<pre>\(code)</pre>")
        #expect(
            Self.autop("Look at this code\n\n<pre>\(code)</pre>\n\nIsn't that cool?")
                == "<p>Look at this code</p>\n<pre>\(code)</pre>\n<p>Isn't that cool?</p>")
        let str =
            "Look at this code\n\n<pre>Line1<br />Line2<br>Line3<br/>Line4\nActual Line 2\nActual Line 3</pre>\n\nCool, huh?"
        let expected =
            "<p>Look at this code</p>\n<pre>Line1<br />Line2<br>Line3<br/>Line4\nActual Line 2\nActual Line 3</pre>\n<p>Cool, huh?</p>"
        #expect(Self.autop(str) == expected)
    }

    @Test("no <br /> added around <input> (ticket 16456)")
    func skipInput() {
        let str =
            #"Username: <input type="text" id="username" name="username" /><br />Password: <input type="password" id="password1" name="password1" />"#
        #expect(Self.autop(str) == "<p>\(str)</p>")
    }

    @Test("no <br /> added around <select> and <option> (ticket 22230)")
    func skipSelectOption() {
        let str =
            #"Country: <select id="state" name="state"><option value="1">Alabama</option><option value="2">Alaska</option><option value="3">Arizona</option><option value="4">Arkansas</option><option value="5">California</option></select>"#
        #expect(Self.autop(str) == "<p>\(str)</p>")
    }

    @Test("a blockquote's contents are wrapped, not the blockquote (ticket 27268)")
    func blockquote() {
        #expect(Self.autop("<blockquote>foo</blockquote>") == "<blockquote><p>foo</p></blockquote>")
    }

    @Test("inline elements are inline (ticket 27268)")
    func inlineElements() {
        let inlines = [
            "a", "em", "strong", "small", "s", "cite", "q", "dfn", "abbr", "data", "time", "code", "var", "samp",
            "kbd", "sub", "sup", "i", "b", "u", "mark", "span", "del", "ins", "noscript", "select",
        ]
        let content = inlines.map { "<\($0)>foo</\($0)>" }.joined(separator: "\n\n")
        let expected = inlines.map { "<p><\($0)>foo</\($0)></p>" }.joined(separator: "\n")
        #expect(Self.autop(content) == expected)
    }

    @Test(
        "newlines inside elements, comments and CDATA are not mangled (ticket 33106)",
        arguments: [
            ("Hello <a\nhref='world'>", "<p>Hello <a\nhref='world'></p>\n"),
            ("Hello <!-- a\nhref='world' -->", "<p>Hello <!-- a\nhref='world' --></p>\n"),
            (
                "Hello <!-- <object>\n<param>\n<param>\n<embed>\n</embed>\n</object>\n -->",
                "<p>Hello <!-- <object>\n<param>\n<param>\n<embed>\n</embed>\n</object>\n --></p>\n"
            ),
            (
                "Hello <!-- <object>\n<param/>\n<param/>\n<embed>\n</embed>\n</object>\n -->",
                "<p>Hello <!-- <object>\n<param/>\n<param/>\n<embed>\n</embed>\n</object>\n --></p>\n"
            ),
            (
                "Hello <![CDATA[ a\nhttps://youtu.be/jgz0uSaOZbE\n ]]>",
                "<p>Hello <![CDATA[ a\nhttps://youtu.be/jgz0uSaOZbE\n ]]></p>\n"
            ),
            (
                "Hello <![CDATA[ <!-- a\nhttps://youtu.be/jgz0uSaOZbE\n a\n9 ]]> -->",
                "<p>Hello <![CDATA[ <!-- a\nhttps://youtu.be/jgz0uSaOZbE\n a\n9 ]]> --></p>\n"
            ),
            (
                "Hello <![CDATA[ <!-- a\nhttps://youtu.be/jgz0uSaOZbE\n a\n9 --> a\n9 ]]>",
                "<p>Hello <![CDATA[ <!-- a\nhttps://youtu.be/jgz0uSaOZbE\n a\n9 --> a\n9 ]]></p>\n"
            ),
        ])
    func elementSanity(input: String, output: String) {
        #expect(WordPressAutop.apply(input) == output)
    }

    @Test("no <br /> added after a <br /> (ticket 33377)")
    func skipsBreaksAfterBr() {
        let content = "\nline 1<br>\nline 2<br/>\nline 3<br />\nline 4\nline 5\n"
        #expect(Self.autop(content) == "<p>line 1<br />\nline 2<br />\nline 3<br />\nline 4<br />\nline 5</p>")
    }

    @Test("two <br>s make a paragraph, whatever their spelling (ticket 33377)")
    func paragraphAfterDoubleBr() {
        #expect(Self.autop("\nline 1<br>\n<br/>\nline 2<br/>\n<br />\n") == "<p>line 1</p>\n<p>line 2</p>")
    }

    @Test("text before a block is a paragraph (ticket 4857)")
    func textBeforeBlock() {
        #expect(Self.autop("a<div>b</div>") == "<p>a</p>\n<div>b</div>")
    }

    @Test("no extra </p> before <figcaption> (ticket 39307)")
    func figcaption() {
        let content1 = #"<figure><img src="example.jpg" /><figcaption>Caption</figcaption></figure>"#
        #expect(Self.autop(content1) == content1)
        let content2 = "<figure>\n<img src=\"example.jpg\" />\n<figcaption>Caption</figcaption>\n</figure>"
        #expect(
            Self.autop(content2) == "<figure>\n<img src=\"example.jpg\" /><figcaption>Caption</figcaption></figure>")
    }

    @Test("<hr> is not wrapped in a paragraph (ticket 14674)")
    func hr() {
        #expect(Self.autop("paragraph1<hr>paragraph2") == "<p>paragraph1</p>\n<hr>\n<p>paragraph2</p>")
    }

    @Test("inline SVG keeps its line breaks (ticket 9437)")
    func inlineSVG() {
        let content =
            "<svg xmlns=\"http://www.w3.org/2000/svg\">\n\t\t\t\t<circle cx=\"50\" cy=\"50\" r=\"30\" fill=\"blue\">\n"
            + "\t\t\t\t\t<animateTransform attributeName=\"transform\" type=\"scale\" to=\"1.5\" dur=\"2s\" "
            + "fill=\"freeze\"/>\n\t\t\t\t</circle>\n\t\t\t</svg>"
        #expect(Self.autop(content) == "<p>\(content)</p>")
    }

    @Test("inline scripts keep their line breaks (ticket 9437)")
    func inlineScript() {
        let content = "<script type=\"text/javascript\">\n\t\t\t\tvar dummy = 1;\n\t\t\t</script>"
        #expect(Self.autop(content) == "<p>\(content)</p>")
    }
}
