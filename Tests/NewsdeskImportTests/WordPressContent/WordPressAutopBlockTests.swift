import Testing

@testable import NewsdeskImport

/// More of WordPress's `Tests_Formatting_wpAutop`: block elements and embedded media.
@Suite("wpautop: WordPress's block and media cases")
struct WordPressAutopBlockTests {
    private static let blocks = [
        "table", "thead", "tfoot", "caption", "col", "colgroup", "tbody", "tr", "td", "th", "div", "dl", "dd", "dt",
        "ul", "ol", "li", "pre", "form", "map", "area", "address", "math", "style", "p", "h1", "h2", "h3", "h4", "h5",
        "h6", "fieldset", "legend", "section", "article", "aside", "hgroup", "header", "footer", "nav", "figure",
        "details", "menu", "summary",
    ]

    @Test("block elements are blocks (ticket 27268)")
    func blockElements() {
        var content = Self.blocks.map { "<\($0)>foo</\($0)>" }
        var expected = content.joined(separator: "\n")
        #expect(WordPressAutopTests.autop(content.joined(separator: "\n\n")) == expected)
        #expect(WordPressAutopTests.autop(content.joined()) == expected)
        content = Self.blocks.map { "<\($0)/>" }
        expected = content.joined(separator: "\n")
        #expect(WordPressAutopTests.autop(content.joined()) == expected)
        content = Self.blocks.map { "<\($0) attr='value'>foo</\($0)>" }
        expected = content.joined(separator: "\n")
        #expect(WordPressAutopTests.autop(content.joined()) == expected)
    }

    @Test("no <p> or <br /> around <source> and <track> (ticket 26864)")
    func sourceTrack() {
        let video =
            "<video class=\"wp-video-shortcode\" id=\"video-0-1\" width=\"640\" height=\"360\" preload=\"metadata\" controls=\"controls\">"
        let parts = [
            "<source type=\"video/mp4\" src=\"http://domain.tld/wp-content/uploads/2013/12/xyz.mp4\" />",
            "<!-- WebM/VP8 for Firefox4, Opera, and Chrome -->", "<source type=\"video/webm\" src=\"myvideo.webm\" />",
            "<!-- Ogg/Vorbis for older Firefox and Opera versions -->",
            "<source type=\"video/ogg\" src=\"myvideo.ogv\" />",
            "<!-- Optional: Add subtitles for each language -->",
            "<track kind=\"subtitles\" src=\"subtitles.srt\" srclang=\"en\" />", "<!-- Optional: Add chapters -->",
            "<track kind=\"chapters\" src=\"chapters.srt\" srclang=\"en\" />",
            "<a href=\"http://domain.tld/wp-content/uploads/2013/12/xyz.mp4\">http://domain.tld/wp-content/uploads/2013/12/xyz.mp4</a>",
        ]
        let content =
            "Paragraph one.\n\n" + video + "\n" + parts.map { "\t\t\t\t" + $0 + "\n" }.joined() + "\t\t\t</video>"
            + "\n\nParagraph two."
        let content2 =
            "Paragraph one.\n\n" + video + "\n\n" + parts.map { "\t\t\t" + $0 + "\n\n" }.joined() + "\t\t\t</video>"
            + "\n\nParagraph two."
        let expected = "<p>Paragraph one.</p>\n<p>" + video + parts.joined() + "</video></p>\n<p>Paragraph two.</p>"
        #expect(WordPressAutopTests.autop(content) == expected)
        #expect(WordPressAutopTests.autop(content2) == expected)

        let shortcode =
            "[video width=\"720\" height=\"480\" mp4=\"http://domain.tld/wp-content/uploads/2013/12/xyz.mp4\"]"
        let inner = Array(parts[1...8])
        let shortcodeContent =
            "Paragraph one.\n\n" + shortcode + "\n" + inner.map { "\t\t\t" + $0 + "\n" }.joined() + "\t\t\t[/video]"
            + "\n\nParagraph two."
        let shortcodeExpected =
            "<p>Paragraph one.</p>\n<p>" + shortcode + inner.joined() + "[/video]</p>\n<p>Paragraph two.</p>"
        #expect(WordPressAutopTests.autop(shortcodeContent) == shortcodeExpected)
    }

    @Test("no <p> or <br /> around <param> and <embed> (ticket 26864)")
    func paramEmbed() {
        let object =
            "<object width=\"400\" height=\"224\" classid=\"clsid:d27cdb6e-ae6d-11cf-96b8-444553540000\" codebase=\"http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=6,0,40,0\">"
        let params = [
            "<param name=\"src\" value=\"http://domain.tld/wp-content/uploads/2013/12/xyz.swf\" />",
            "<param name=\"allowfullscreen\" value=\"true\" />",
            "<param name=\"allowscriptaccess\" value=\"always\" />",
            "<param name=\"overstretch\" value=\"true\" />",
            "<param name=\"flashvars\" value=\"isDynamicSeeking=true\" />",
        ]
        let embed =
            "<embed width=\"400\" height=\"224\" type=\"application/x-shockwave-flash\" src=\"http://domain.tld/wp-content/uploads/2013/12/xyz.swf\" wmode=\"direct\" seamlesstabbing=\"true\" allowfullscreen=\"true\" overstretch=\"true\" flashvars=\"isDynamicSeeking=true\" />"
        let content1 =
            "\nParagraph one.\n\n" + object + "\n" + params.map { "\t" + $0 + "\n" }.joined() + "\n\t" + embed
            + "\n</object>\n\nParagraph two."
        let expected1 =
            "<p>Paragraph one.</p>\n<p>" + object + params.joined() + embed + "</object></p>\n<p>Paragraph two.</p>"
        #expect(WordPressAutopTests.autop(content1) == expected1)

        let outer =
            "<object classid=\"clsid:D27CDB6E-AE6D-11cf-96B8-444553540000\" width=\"640\" height=\"360\" id=\"video-0\" standby=\"Standby text\">"
        let inner =
            "<!--[if !IE]--><object type=\"application/x-shockwave-flash\" data=\"http://domain.tld/wp-content/uploads/2013/12/xyz.swf\" width=\"640\" height=\"360\" standby=\"Standby text\">"
        let movie = "<param name=\"movie\" value=\"http://domain.tld/wp-content/uploads/2013/12/xyz.swf\" />"
        let quality = "<param name=\"quality\" value=\"best\" />"
        let rest = [
            "<param name=\"seamlesstabbing\" value=\"true\" />", "<param name=\"allowfullscreen\" value=\"true\" />",
            "<param name=\"allowscriptaccess\" value=\"always\" />", "<param name=\"overstretch\" value=\"true\" />",
        ]
        let content2 =
            "\nParagraph one.\n\n<div class=\"video-player\" id=\"x-video-0\">\n" + outer + "\n  " + movie + "\n  "
            + quality + "\n\n" + rest.map { "  " + $0 + "\n" }.joined() + "\n  " + inner + "\n    " + quality + "\n\n"
            + rest.map { "    " + $0 + "\n" }.joined()
            + "  </object><!--<![endif]-->\n</object></div>\n\nParagraph two."
        let expected2 =
            "<p>Paragraph one.</p>\n<div class=\"video-player\" id=\"x-video-0\">\n" + outer + movie + quality
            + rest.joined() + inner + quality + rest.joined() + "</object><!--<![endif]--></object></div>\n"
            + "<p>Paragraph two.</p>"
        #expect(WordPressAutopTests.autop(content2) == expected2)
    }
}
