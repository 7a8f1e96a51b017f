import Foundation
import NewsdeskImport
import NewsdeskTestSupport
import Testing

@Suite("Streaming reads")
struct StreamingTests {
    struct Stop: Error {}

    @Test(
        "reading a file as a stream gives what reading its data gives",
        arguments: [
            "wordpress/WPTT_themeunittestdata.wordpress.xml", "blogger/google-blog-converters_blogger-sample2.xml",
            "disqus/isso_disqus-export.xml",
        ])
    func fileEqualsData(path: String) throws {
        let url = try Fixtures.url(path)
        let data = try Data(contentsOf: url)
        let (fromData, fromFile): (ImportBundle, ImportBundle)
        switch ImportFormat.detect(data) {
        case .wordpress:
            (fromData, fromFile) = (try WordPressReader.read(data), try WordPressReader.read(contentsOf: url))
        case .blogger: (fromData, fromFile) = (try BloggerReader.read(data), try BloggerReader.read(contentsOf: url))
        default: (fromData, fromFile) = (try DisqusReader.read(data), try DisqusReader.read(contentsOf: url))
        }
        #expect(fromData == fromFile)
    }

    @Test("the summary counts what was handed over; a closure's error stops the read and comes out as it is")
    func summaryAndErrors() throws {
        let url = try Fixtures.url("wordpress/WPTT_themeunittestdata.wordpress.xml")
        var posts = 0
        var comments = 0
        let summary = try WordPressReader.read(url, onPost: { _ in posts += 1 }, onComment: { _ in comments += 1 })
        #expect((summary.postCount, summary.commentCount) == (79, 33) && (posts, comments) == (79, 33))
        #expect(summary.skipped.count == 107 && summary.blogTitle == "Theme Unit Test Data")

        var seen = 0
        #expect(throws: Stop.self) {
            try WordPressReader.read(
                url,
                onPost: { _ in
                    seen += 1
                    if seen == 3 { throw Stop() }
                }, onComment: { _ in })
        }
        #expect(seen == 3)
    }

    @Test("a missing file is refused")
    func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).xml")
        #expect(throws: ImportError.self) { try BloggerReader.read(contentsOf: url) }
    }

    /// A WXR file with `posts` posts of `commentsPerPost` comments each.
    static func syntheticExport(posts: Int, commentsPerPost: Int) -> Data {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
              xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel><title>Big</title><wp:wxr_version>1.2</wp:wxr_version>

            """
        let body = "<p>" + String(repeating: "Body text. ", count: 40) + "</p>"
        for post in 1...posts {
            xml += """
                <item><title>Post \(post)</title><link>https://big.example/?p=\(post)</link>
                <dc:creator>editor</dc:creator><content:encoded><![CDATA[\(body)]]></content:encoded>
                <wp:post_id>\(post)</wp:post_id><wp:post_date_gmt>2011-01-17 12:00:00</wp:post_date_gmt>
                <wp:post_name>post-\(post)</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                <category domain="category" nicename="news"><![CDATA[News]]></category>

                """
            for comment in 0..<commentsPerPost {
                xml += """
                    <wp:comment><wp:comment_id>\(post * 100 + comment)</wp:comment_id>
                    <wp:comment_author><![CDATA[Reader \(comment)]]></wp:comment_author>
                    <wp:comment_date_gmt>2011-01-17 13:00:00</wp:comment_date_gmt>
                    <wp:comment_content><![CDATA[A comment, as readers write them.]]></wp:comment_content>
                    <wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>

                    """
            }
            xml += "</item>\n"
        }
        return Data((xml + "</channel></rss>\n").utf8)
    }

    @Test("reading time grows linearly: four times the posts take about four times as long, not sixteen")
    func linear() throws {
        let small = Self.syntheticExport(posts: 200, commentsPerPost: 10)
        let large = Self.syntheticExport(posts: 800, commentsPerPost: 10)
        let clock = ContinuousClock()
        var counts = (0, 0)
        _ = try WordPressReader.read(large, onPost: { _ in counts.0 += 1 }, onComment: { _ in counts.1 += 1 })
        #expect(counts == (800, 8_000))
        // The fastest of three runs each, so that other tests running beside this one do not decide it.
        func fastest(_ data: Data) throws -> Duration {
            try (0..<3).map { _ in try clock.measure { _ = try WordPressReader.read(data) } }.min()!
        }
        let smallTime = try fastest(small)
        let largeTime = try fastest(large)
        print("synthetic WXR: \(small.count) bytes in \(smallTime), \(large.count) bytes in \(largeTime)")
        // Four times the input: about four times the time when linear, sixteen when quadratic.
        #expect(largeTime < smallTime * 10)
    }
}
