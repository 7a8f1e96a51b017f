import NewsdeskClipper
import Testing

@Suite("Links in a post's commentary")
struct CommentaryLinksTests {
    @Test("outside http(s) links once each, in order; the blog's own, the source and the rest are left out")
    func addresses() {
        let html = """
            <p><b><a href="https://news.example/story">Headline</a></b></p>
            <p>See <a href="https://other.example/a?x=1&amp;y=2">this</a>, <a href="/2011/01/mine.html">mine</a>,
            <a href="https://www.blog.example/about">about</a>, <a href="mailto:me@example.com">mail</a>,
            <a href=" https://third.example/b ">that</a> and <a href="https://other.example/a?x=1&y=2">again</a>.</p>
            """
        let links = CommentaryLinks.addresses(
            in: html, blogHost: CommentaryLinks.host(ofBlog: "https://blog.example"),
            excluding: ["https://news.example/story"])
        #expect(links == ["https://other.example/a?x=1&y=2", "https://third.example/b"])
    }

    @Test("a post's links are bounded")
    func bounded() {
        let html = (0..<200).map { "<a href=\"https://site.example/\($0)\">\($0)</a>" }.joined()
        #expect(CommentaryLinks.addresses(in: html, blogHost: nil).count == CommentaryLinks.perPostLimit)
    }
}
