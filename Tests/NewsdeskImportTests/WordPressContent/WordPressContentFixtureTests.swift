import Foundation
import NewsdeskImport
import NewsdeskTestSupport
import Testing

/// Real exports: the stored bodies are what WordPress shows.
@Suite("WordPress content: real exports")
struct WordPressContentFixtureTests {
    private let unitTest: ImportBundle

    init() throws {
        unitTest = try WordPressReader.read(Fixtures.data("wordpress/WPTT_themeunittestdata.wordpress.xml"))
    }

    private func body(_ sourceID: String) throws -> String {
        try #require(unitTest.posts.first { $0.sourceID == sourceID }).bodyHTML
    }

    @Test("Post Format: Standard: blank lines became paragraphs, the more tag its own")
    func paragraphs() throws {
        let html = try body("358")
        #expect(html.hasPrefix("<p>All children, except one, grow up."))
        #expect(html.contains("Two is the beginning of the end.</p>\n<p><!--more--></p>\n<p>Mrs. Darling first heard"))
        #expect(html.contains("[simple boat]"), "bracketed prose is not a shortcode")
    }

    @Test("Post Format: Image (Caption): the [caption] became a <figure>")
    func caption() throws {
        #expect(
            try body("1163")
                == #"<figure><a href="https://wpthemetestdata.files.wordpress.com/2008/06/100_5478.jpg"><img class="wp-image-754 size-large" src="https://wpthemetestdata.files.wordpress.com/2008/06/100_5478.jpg?w=604" alt="Bell on Wharf" width="604" height="453" /></a><figcaption>Bell on wharf in San Francisco</figcaption></figure>"#
                + "\n")
        let linked = try body("568")
        #expect(linked.hasPrefix("<figure><a href=\"https://wpthemetestdata.files.wordpress.com/2013/09/dsc20040724"))
        #expect(
            linked.hasSuffix(
                "<figcaption>Chunk of resinous blackboy husk, Clarkson, Western Australia. This burns like a spinifex log.</figcaption></figure>\n"
            ))
    }

    @Test("Post Format: Gallery: the post's attachments (listed after it) are its images")
    func gallery() throws {
        let html = try body("555")
        #expect(!html.contains("[gallery"))
        #expect(html.contains(#"<figure><img src="https://wpthemetestdata.files.wordpress.com/"#))
        let tiled = try body("1031")
        #expect(tiled.components(separatedBy: "<figure><img").count - 1 == 5)
        #expect(
            unitTest.contentNotes.contains(
                "gallery in post 'Post Format: Gallery (Tiled)': 1 of its 6 images are not in the export"))
        #expect(
            tiled.hasSuffix(
                "<p>This is some text after the Tiled Gallery just to make sure that everything spaces nicely.</p>\n"))
    }

    @Test("Post Format: Audio: the [audio] became a player")
    func audio() throws {
        let url =
            "https://wpthemetestdata.files.wordpress.com/2008/06/originaldixielandjazzbandwithalbernard-stlouisblues.mp3"
        #expect(
            try body("587").hasSuffix(
                "<p>Audio shortcode:</p>\n<audio controls src=\"\(url)\"><a href=\"\(url)\">\(url)</a></audio>\n"))
    }

    @Test("the block-editor posts are left as they were")
    func blocks() throws {
        let html = try body("1736")
        #expect(html.hasPrefix("\n\t<!-- wp:paragraph -->\n<p>The shortcode widget:</p>"))
        #expect(!html.contains("<p><!-- wp:"))
    }

    @Test("blank lines in the importer's own fixture become two paragraphs, single breaks <br />")
    func blankLines() throws {
        let bundle = try WordPressReader.read(
            Fixtures.data("wordpress/wordpress-importer_post-content-blank-lines.xml"))
        let post = try #require(bundle.posts.first)
        #expect(
            post.bodyHTML
                == "<p>This is an example of a WordPress post.<br />\n\t\tIt has lines with text (and one blank line).</p>\n"
                + "<p>And more lines with text.</p>\n")
        #expect(bundle.unknownShortcodes.isEmpty && bundle.contentNotes.isEmpty)
    }
}
