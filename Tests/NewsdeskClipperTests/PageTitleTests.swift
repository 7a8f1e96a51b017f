import Testing

@testable import NewsdeskClipper

@Suite("Reading a page's title")
struct PageTitleTests {
    @Test(
        "the head's first non-empty title, entities decoded and spaces collapsed",
        arguments: [
            ("<html><head><title>\n  Page  not\tfound </title></head>", "Page not found"),
            ("<title>Fish &amp; chips &#8211; &eacute;t&eacute;</title>", "Fish & chips – été"),
            ("<TITLE></TITLE><title>Second</title>", "Second"),
            ("<head><title>Cut off where the read stopp", "Cut off where the read stopp"),
            ("<head></head><body><svg><title>Chart</title></svg>", nil),
            ("<script>document.title='<title>x</title>'</script><title>Real</title>", "Real"),
            ("no markup at all", nil),
        ])
    func read(html: String, title: String?) {
        #expect(PageTitle.read(Array(html.utf8), contentType: "text/html; charset=utf-8") == title)
    }

    @Test("a Latin-1 title is read by its declared charset")
    func latin1() {
        let bytes = Array("<title>Caf".utf8) + [0xE9] + Array("</title>".utf8)
        #expect(PageTitle.read(bytes, contentType: "text/html; charset=ISO-8859-1") == "Café")
    }
}
