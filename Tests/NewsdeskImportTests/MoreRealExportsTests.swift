import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskTestSupport
import Testing

/// Real exports from other projects' test data beyond the first set (sources in Tests/Fixtures/MANIFEST.tsv):
/// files their own importers read, some of them not well-formed, which Newsdesk reads too, saying what it
/// repaired.
@Suite("More real exports: Pelican, Nikola, Ghost's migrate, hexo, wagtail, WordPress's importer")
struct MoreRealExportsTests {
    /// (file, posts and pages the reader hands over, whether the file needed repairs)
    static let wordpress: [(String, Int, Bool)] = [
        ("wordpress/pelican_wordpressexport.xml", 13, false),
        ("wordpress/hexo-migrator-wordpress_wordpress.xml", 6, false),
        ("wordpress/nikola_wordpress_export_example.xml", 5, false),
        ("wordpress/nikola_wordpress_unicode_export.xml", 1, true),
        ("wordpress/migrate_mg-wp-xml_sample.xml", 1, true),
        ("wordpress/migrate_mg-wp-xml_sample-no-slug.xml", 1, true),
        ("wordpress/wordpress-importer_a11y-unit-test-data.xml", 64, false),
        ("wordpress/wordpress-importer_theme-unit-test-data.xml", 79, false),
    ]

    @Test("each WXR file is read, repairs reported where the file needed them", arguments: wordpress)
    func wordpressFile(path: String, minimumPosts: Int, needsRepair: Bool) throws {
        let bundle = try WordPressReader.read(Fixtures.data(path))
        #expect(bundle.posts.count >= minimumPosts, "\(path): \(bundle.posts.count) posts and pages")
        #expect(bundle.repairs.isEmpty != needsRepair, "\(path): \(bundle.repairs)")
        for repair in bundle.repairs { #expect(repair.line > 0, "\(path): \(repair)") }
    }

    @Test("Pelican's Blogger backup, which uses app: without declaring it, is read with the repair reported")
    func pelicanBlogger() throws {
        let bundle = try BloggerReader.read(Fixtures.data("blogger/pelican_bloggerexport.xml"))
        #expect(!bundle.posts.isEmpty)
        #expect(bundle.repairs.contains { $0.message.contains("app:") })
    }

    @Test("Ghost's Blogger sample: posts and the captioned photo table")
    func ghostBlogger() throws {
        let bundle = try BloggerReader.read(Fixtures.data("blogger/migrate_mg-blogger-xml_sample.xml"))
        #expect(bundle.posts.count >= 2)
        #expect(bundle.repairs.isEmpty)
    }
}
