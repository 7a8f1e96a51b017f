import Foundation
import NewsdeskCore
import Testing

@Suite("Clip metadata from a news page")
struct ClipMetadataExtractorTests {
    private func extract(_ html: String, from url: String = "https://www.example.com/news/story.html")
        throws -> ClipMetadata
    {
        ClipMetadataExtractor.extract(html: html, pageURL: try #require(URL(string: url)))
    }

    @Test("a page with Open Graph tags gives headline, outlet, excerpt, photo, time and canonical address")
    func openGraphPage() throws {
        let clip = try extract(ClipPageFixtures.starsAndStripes, from: "https://stripes.com/go/13722?utm_source=x")
        #expect(clip.headline == "US Army tests new drone defense in Germany")
        #expect(clip.outlet == "Stars and Stripes")
        #expect(
            clip.excerptParagraphs == [
                "Soldiers with the 2nd Cavalry Regiment tested a new counter-drone system at Grafenwöhr Training "
                    + "Area this week, the Army said."
            ])
        #expect(clip.imageURL == "https://www.stripes.com/incoming/abc123/drone.jpg?f=webp&w=1200")
        #expect(clip.publishedAt == Date(timeIntervalSince1970: 1_714_565_109.25))
        #expect(clip.sourceURL == "https://www.stripes.com/theaters/europe/2024-05-01/drone-13722.html")
        #expect(clip.clipping.sourceURL == clip.sourceURL && clip.clipping.outlet == "Stars and Stripes")
    }

    @Test("a page with only a title and paragraphs: the title, the host, the first three real paragraphs")
    func titleAndParagraphs() throws {
        let clip = try extract(ClipPageFixtures.titleAndParagraphs, from: "http://www.example-local.co.uk/n/1")
        #expect(clip.headline == "City council approves new harbour budget")
        #expect(clip.outlet == "example-local.co.uk")
        #expect(
            clip.excerptParagraphs == [
                "The city council voted 7–2 on Tuesday night to approve a £4.2m budget for the harbour.",
                "Councillors who opposed the plan said the money would be better spent on roads and schools.",
                "Work on the new sea wall is expected to begin in the spring and last about eighteen months.",
            ])
        #expect(clip.imageURL == nil)
        #expect(clip.publishedAt == nil)
        #expect(clip.sourceURL == "http://www.example-local.co.uk/n/1")
    }

    @Test("the article's paragraphs win over the page's, up to the count asked for and never more than five")
    func articleParagraphs() throws {
        let page = ClipPageFixtures.articleAmongOthers
        let url = try #require(URL(string: "https://news.example/storm"))
        let two = ClipMetadataExtractor.extract(html: page, pageURL: url, paragraphCount: 2)
        #expect(
            two.excerptParagraphs == [
                "First paragraph of the story about the storm that closed the ports along the coast.",
                "Second paragraph of the story, with a link and emphasis in it.",
            ])
        let many = ClipMetadataExtractor.extract(html: page, pageURL: url, paragraphCount: 9)
        #expect(many.excerptParagraphs.count == 5)
        #expect(many.excerptParagraphs.last?.hasPrefix("Fifth") == true)
        #expect(many.publishedAt == Date(timeIntervalSince1970: 1_698_906_600))
    }

    @Test("character references in titles are decoded and the outlet's own suffix is dropped")
    func encodedTitle() throws {
        let html = """
            <title>Troops&#8217; pay &amp; benefits &mdash; what&#x27;s next | Army Times</title>
            <meta name="application-name" content="Army Times">
            """
        let clip = try extract(html)
        #expect(clip.headline == "Troops’ pay & benefits — what's next")
        #expect(clip.outlet == "Army Times")
    }

    @Test(
        "a title's suffix stays unless it is the outlet's name",
        arguments: [
            ("Pre-war talks - post-war plans", "Pre-war talks - post-war plans"),
            ("Talks end - Example News", "Talks end"),
            ("Talks end – EXAMPLE NEWS", "Talks end"),
            ("Talks end | Example News | Example News", "Talks end | Example News"),
            ("Talks end | Other Paper", "Talks end | Other Paper"),
            (" | Example News", "| Example News"),
        ])
    func outletSuffix(title: String, headline: String) throws {
        let clip = try extract("<meta property='og:site_name' content='Example News'><title>\(title)</title>")
        #expect(clip.headline == headline)
    }

    @Test("twitter:title stands in for og:title, and the meta description for og:description")
    func fallbacks() throws {
        let html = """
            <title>Page title</title><meta name="twitter:title" content="Twitter headline">
            <meta name="description" content="What the story says."><p>A paragraph long enough to count as a real one.</p>
            """
        let clip = try extract(html)
        #expect(clip.headline == "Twitter headline")
        #expect(clip.excerptParagraphs == ["What the story says."])
    }

    @Test("a relative photo is resolved against <base href>; other schemes are passed over")
    func relativeImage() throws {
        let html = """
            <base href="https://cdn.example.org/assets/">
            <meta property="og:image" content="javascript:alert(1)">
            <meta name="twitter:image" content="photos/harbour wall.jpg">
            """
        #expect(try extract(html).imageURL == "https://cdn.example.org/assets/photos/harbour%20wall.jpg")
        let rooted = #"<meta property="og:image" content="/img/a.png">"#
        #expect(try extract(rooted).imageURL == "https://www.example.com/img/a.png")
    }

    @Test("the source is the canonical link, else og:url, when http(s); else the page's own address")
    func sourceURL() throws {
        let relative = try extract(#"<link rel="canonical" href="/news/story-1.html">"#)
        #expect(relative.sourceURL == "https://www.example.com/news/story-1.html")
        let ogURL = try extract(
            #"<link rel="canonical" href="ftp://x/y"><meta property="og:url" content="https://amp.example.com/s">"#)
        #expect(ogURL.sourceURL == "https://amp.example.com/s")
        #expect(ogURL.outlet == "amp.example.com")
        let neither = try extract(#"<link rel="alternate canonical" href="mailto:a@b.c">"#)
        #expect(neither.sourceURL == "https://www.example.com/news/story.html")
    }

    @Test("a page with nothing gives an empty headline and excerpt, the host as outlet, and the address")
    func emptyPage() throws {
        for html in ["", "<html><body><p>Short.</p></body></html>", "<<<>>> &&& not html at all"] {
            let clip = try extract(html, from: "https://WWW.Example.com/a")
            #expect(clip.headline == "")
            #expect(clip.outlet == "Example.com")
            #expect(clip.excerptParagraphs.isEmpty)
            #expect(clip.imageURL == nil && clip.publishedAt == nil)
            #expect(clip.sourceURL == "https://WWW.Example.com/a")
        }
    }

    @Test("long texts are cut at a word within the limits")
    func limits() throws {
        let word = "headline "
        let html = """
            <title>\(String(repeating: word, count: 60))</title>
            <meta name="description" content="\(String(repeating: "excerpt ", count: 400))">
            """
        let clip = try extract(html)
        #expect(clip.headline.count <= 300 && clip.headline.count > 280)
        #expect(clip.headline.hasSuffix("headline…"))
        #expect(clip.excerptParagraphs.first.map { $0.count <= 2_000 && $0.count > 1_980 } == true)
    }
}
