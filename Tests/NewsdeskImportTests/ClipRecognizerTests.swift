import NewsdeskCore
import NewsdeskImport
import Testing

@Suite("Clip recognition")
struct ClipRecognizerTests {
    let recognizer = ClipRecognizer(commentaryHeading: "My Comment:")
    let expectedClipping = Clipping(
        sourceURL: ClipSamples.storyURL, headline: ClipSamples.headline, outlet: "Stars And Stripes",
        excerptParagraphs: ClipSamples.excerpt
    )

    @Test("the reference post: photo and caption, clipping, two commentary paragraphs")
    func reference() throws {
        let post = try #require(recognizer.recognize(ClipSamples.reference))
        #expect(post.clipping == expectedClipping)
        #expect(post.commentary == ClipSamples.commentary.joined(separator: "\n\n"))
        #expect(post.image == PostImage(url: ClipSamples.imageURL, caption: ClipSamples.caption))
    }

    @Test("paragraphs, <strong>, an em dash, the heading on its own, no photo")
    func paragraphs() throws {
        let post = try #require(recognizer.recognize(ClipSamples.paragraphs))
        #expect(post.clipping == expectedClipping)
        #expect(post.commentary == ClipSamples.commentary.joined(separator: "\n\n"))
        #expect(post.image == nil)
    }

    @Test(
        "variants of the headline line",
        arguments: [
            "<b><a href=\"URL\">HEADLINE</a></b> -- Stars And Stripes",
            "<b><a href=\"URL\">HEADLINE</a> -- Stars And Stripes</b>",
            "<a href=\"URL\"><b>HEADLINE</b></a> \u{2014} Stars And Stripes",
            "<strong><a href=\"URL\">HEADLINE</a></strong>&nbsp;&#8211; Stars And Stripes",
            "<span style=\"font-weight: bold;\"><a href=\"URL\">HEADLINE</a></span> - Stars And Stripes",
            "\n  <b><a href=\"URL\">HEADLINE</a></b>--Stars And Stripes",
        ])
    func headlineVariants(line: String) throws {
        let html =
            line.replacingOccurrences(of: "URL", with: ClipSamples.storyURL)
            .replacingOccurrences(of: "HEADLINE", with: ClipSamples.headline)
            + "<br /><br />\(ClipSamples.excerpt[0])<br /><br />My Comment: \(ClipSamples.commentary[0])"
        let post = try #require(recognizer.recognize(html))
        #expect(post.clipping.headline == ClipSamples.headline)
        #expect(post.clipping.sourceURL == ClipSamples.storyURL)
        #expect(post.clipping.outlet == "Stars And Stripes")
        #expect(post.clipping.excerptParagraphs == [ClipSamples.excerpt[0]])
        #expect(post.commentary == ClipSamples.commentary[0])
    }

    @Test("no Read more link; Read more at the end of the last excerpt paragraph; plain <br /> text")
    func readMoreVariants() throws {
        let withoutReadMore = ClipSamples.reference.replacingOccurrences(
            of: "<a href=\"\(ClipSamples.storyURL)\">Read more ....</a>", with: ""
        )
        #expect(recognizer.recognize(withoutReadMore)?.clipping == expectedClipping)
        let inline = ClipSamples.paragraphs.replacingOccurrences(
            of: "</p>\n<p><a href=\"\(ClipSamples.storyURL)\">Read more",
            with: " <a href=\"\(ClipSamples.storyURL)\">Read more"
        )
        #expect(recognizer.recognize(inline)?.clipping == expectedClipping)
        let plain = ClipSamples.reference.replacingOccurrences(of: "<blockquote>", with: "")
            .replacingOccurrences(of: "</blockquote>", with: "<br />")
        #expect(recognizer.recognize(plain)?.clipping == expectedClipping)
    }

    @Test("another heading, matched without regard to case")
    func configurableHeading() throws {
        let html = ClipSamples.reference.replacingOccurrences(of: "My Comment:", with: "EDITOR'S NOTE:")
        #expect(recognizer.recognize(html) == nil)
        let post = try #require(ClipRecognizer(commentaryHeading: "Editor's note:").recognize(html))
        #expect(post.commentary.hasPrefix("One will have to say no"))
    }

    @Test("a bare image above the headline is the photo, without caption")
    func bareImage() throws {
        let html =
            "<div class=\"separator\"><a href=\"big.jpg\"><img src=\"small.jpg\" alt=\"Gates\" /></a></div>"
            + ClipSamples.paragraphs
        let post = try #require(recognizer.recognize(html))
        #expect(post.image == PostImage(url: "small.jpg", caption: "", altText: "Gates"))
    }

    /// A headline line, for the bodies below.
    static let head = "<b><a href=\"http://x\">Headline</a></b> -- Reuters<br />"

    static let notClips = [
        // An ordinary post.
        "<p>Today I want to talk about <b>China</b>.</p><p>My Comment: none.</p>",
        // A bold link that is not followed by an outlet.
        "<b><a href=\"http://x\">A link</a></b> is what I read today.<br /><br />Excerpt<br /><br />My Comment: x",
        // No commentary heading.
        head + "<br />Excerpt paragraph.",
        // No excerpt.
        head + "<br />My Comment: x",
        // Text before the headline.
        "Good morning.<br />" + head + "Excerpt<br />My Comment: x",
        // Two clips in one post.
        head + "Excerpt<br /><b><a href=\"http://y\">Two</a></b> -- AP<br />Excerpt<br />My Comment: x",
        // A video in the excerpt would be lost.
        head + "Excerpt<iframe src=\"v\"></iframe><br />My Comment: x",
        // A link in the commentary would be lost.
        head + "Excerpt<br />My Comment: see <a href=\"http://z\">this</a>",
        // A list in the commentary would be lost.
        head + "Excerpt<br />My Comment: x<ul><li>a</li></ul>",
        // Text between Read more and the heading.
        head + "Excerpt<br /><a href=\"http://x\">Read more</a><br />Stray.<br />My Comment: x",
        // An empty body.
        "",
    ]

    @Test("not a clip: the body stays HTML", arguments: notClips)
    func notAClip(html: String) {
        #expect(recognizer.recognize(html) == nil)
    }
}
