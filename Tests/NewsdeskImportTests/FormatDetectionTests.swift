import Foundation
import NewsdeskImport
import NewsdeskTestSupport
import Testing

@Suite("Format detection")
struct FormatDetectionTests {
    @Test(
        "every fixture is told apart by its root and namespaces",
        arguments: [
            ("blogger/hakyll-convert_blogger-000_2017-export.xml", ImportSource.blogger),
            ("blogger/hakyll-convert_blogger-002_2020-export.xml", .blogger),
            ("blogger/google-blog-converters_blogger-sample-ns0-prefixed.xml", .blogger),
            ("blogger/google-blog-converters_blogger-sample2.xml", .blogger),
            ("wordpress/WPTT_themeunittestdata.wordpress.xml", .wordpress),
            ("wordpress/isso_wordpress.xml", .wordpress),
            ("wordpress/wordpress-importer_valid-wxr-1.0.xml", .wordpress),
            ("wordpress/jekyll-import_sitetitle.wordpress.2025-01-19.000.xml", .wordpress),
            ("disqus/isso_disqus-export.xml", .disqus),
        ]
    )
    func fixtures(path: String, source: ImportSource) throws {
        #expect(ImportFormat.detect(try Fixtures.data(path)) == source)
    }

    @Test("Takeout's feed.atom by its 2018 namespace")
    func takeout() {
        #expect(ImportFormat.detect(Data(BloggerTakeoutTests.feed.utf8)) == .bloggerTakeout)
    }

    @Test("nothing for text, JSON, other XML, a plain RSS feed, or a truncated start")
    func none() {
        for text in [
            "", "hello", #"{"a": 1}"#, "<html><body>x</body></html>", "<rss version='2.0'><channel/></rss>",
            "<?xml version='1.0'?>", "<feed xmlns='http://example.com/'/>",
        ] {
            #expect(ImportFormat.detect(Data(text.utf8)) == nil, "\(text)")
        }
    }
}
