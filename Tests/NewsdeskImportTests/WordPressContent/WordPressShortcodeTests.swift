import Testing

@testable import NewsdeskImport

/// Shortcodes expanded as WordPress's `the_content` shows them.
@Suite("WordPress content: shortcodes")
struct WordPressShortcodeTests {
    static let youTube =
        #"<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player" allowfullscreen></iframe>"#
    static let vimeo =
        #"<iframe width="560" height="315" src="https://player.vimeo.com/video/76979871" title="Vimeo video player" allowfullscreen></iframe>"#

    static func convert(
        _ body: String, attachments: WordPressAttachments? = nil, postID: String = "10"
    ) -> (html: String, content: WordPressContent) {
        var content = WordPressContent(postID: postID, title: "Trip") { attachments }
        let html = content.convert(body)
        return (html, content)
    }

    @Test("[caption] with the caption after the linked image becomes <figure> with <figcaption>")
    func caption() {
        let body =
            #"[caption id="attachment_1" align="alignleft" width="300"]<a href="http://x.test/big.jpg"><img src="http://x.test/a.jpg" alt="" /></a> A <em>fine</em> view[/caption]"#
            + "\n\nAfter."
        #expect(
            Self.convert(body).html
                == #"<figure><a href="http://x.test/big.jpg"><img src="http://x.test/a.jpg" alt="" /></a><figcaption>A <em>fine</em> view</figcaption></figure>"#
                + "\n<p>After.</p>\n")
    }

    @Test("the older caption=\"…\" attribute form, and wp_caption")
    func captionAttribute() {
        let body =
            #"[wp_caption align="alignnone" width="200" caption="Old style"]<img src="http://x.test/b.jpg" />[/wp_caption]"#
        #expect(
            Self.convert(body).html
                == #"<figure><img src="http://x.test/b.jpg" /><figcaption>Old style</figcaption></figure>"# + "\n")
    }

    @Test("[embed], [youtube=…], [youtube …], [vimeo ID], [vimeo=URL]: the players the sanitiser keeps")
    func videos() {
        #expect(
            Self.convert("[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]").html
                == "<p>\(Self.youTube)</p>\n")
        #expect(
            Self.convert("Look:\n\n[youtube=http://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;w=640&amp;h=385]").html
                == "<p>Look:</p>\n\(Self.youTube)\n")
        #expect(Self.convert("[youtube https://youtu.be/dQw4w9WgXcQ]").html == Self.youTube + "\n")
        #expect(Self.convert("[vimeo 76979871]").html == Self.vimeo + "\n")
        #expect(Self.convert("[vimeo=https://vimeo.com/76979871]").html == Self.vimeo + "\n")
        #expect(Self.convert("[vimeo http://vimeo.com/channels/staffpicks/76979871]").html == Self.vimeo + "\n")
    }

    @Test("a video address alone on its line becomes its player; other hosts stay links")
    func autoembedAndOtherHosts() {
        #expect(Self.convert("https://youtu.be/dQw4w9WgXcQ").html == "<p>\(Self.youTube)</p>\n")
        #expect(
            Self.convert("[embed]https://example.com/clip?a=1&b=2[/embed]").html
                == #"<p><a href="https://example.com/clip?a=1&amp;b=2">https://example.com/clip?a=1&amp;b=2</a></p>"#
                + "\n")
    }

    @Test("[sourcecode], [code], [php]: escaped code in <pre><code>, untouched by wpautop")
    func code() {
        let body = "Before\n\n[sourcecode lang=\"php\"]\n<?php echo \"a\";\n\n$x[1] = 2; ?>\n[/sourcecode]\n\nAfter"
        #expect(
            Self.convert(body).html
                == "<p>Before</p>\n<pre><code class=\"language-php\">\n&lt;?php echo &quot;a&quot;;\n\n$x&#91;1&#93; "
                + "= 2; ?&gt;\n</code></pre>\n<p>After</p>\n")
        #expect(
            Self.convert("[code language=\"JavaScript\"]a && b[/code]").html
                == "<pre><code class=\"language-javascript\">a &amp;&amp; b</code></pre>\n")
        #expect(Self.convert("[php]<b>[/php]").html == "<pre><code class=\"language-php\">&lt;b&gt;</code></pre>\n")
    }

    @Test("[audio] and [video] become players with a link inside")
    func audioVideo() {
        #expect(
            Self.convert(#"[audio mp3="http://x.test/a.mp3"]"#).html
                == #"<audio controls src="http://x.test/a.mp3"><a href="http://x.test/a.mp3">http://x.test/a.mp3</a></audio>"#
                + "\n")
        #expect(
            Self.convert("[audio http://x.test/b.mp3]").html
                == #"<audio controls src="http://x.test/b.mp3"><a href="http://x.test/b.mp3">http://x.test/b.mp3</a></audio>"#
                + "\n")
        #expect(
            Self.convert(#"[video mp4="http://x.test/v.mp4" width="640" height="360"][/video]"#).html
                == #"<video controls src="http://x.test/v.mp4" width="640" height="360"><a href="http://x.test/v.mp4">http://x.test/v.mp4</a></video>"#
                + "\n")
    }

    @Test("an unknown shortcode stays as text and is counted; [1] and bracketed prose are not")
    func unknown() {
        let body = #"[contact-form-7 id="12" title="Contact"] see note [1] [This is prose] [[caption]]"#
        let (html, content) = Self.convert(body)
        #expect(html == "<p>[contact-form-7 id=\"12\" title=\"Contact\"] see note [1] [This is prose] [caption]</p>\n")
        #expect(content.unknownShortcodes == ["contact-form-7"])
        #expect(
            Self.convert("[footnote]Yes.[/footnote] and [pullquote]").content.unknownShortcodes == [
                "footnote", "pullquote",
            ])
    }

    @Test("block-editor posts get no wpautop: a post without shortcodes is unchanged")
    func gutenbergUntouched() {
        let body =
            "<!-- wp:paragraph -->\n<p>One\ntwo</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Three</p>"
        #expect(Self.convert(body).html == body)
    }
}
