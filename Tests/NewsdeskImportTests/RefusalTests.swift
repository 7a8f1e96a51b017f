import Foundation
import NewsdeskImport
import NewsdeskTestSupport
import Testing

@Suite("Refused files: not well-formed, truncated, unversioned, of another format")
struct RefusalTests {
    /// The error a read throws, failing the test if it throws none or another kind.
    private func refusal(_ read: () throws -> ImportBundle) -> ImportError? {
        do {
            let bundle = try read()
            Issue.record("read without error: \(bundle.posts.count) posts")
        } catch let error as ImportError {
            return error
        } catch {
            Issue.record("not an ImportError: \(error)")
        }
        return nil
    }

    private func wordpress(_ name: String) throws -> ImportError? {
        let data = try Fixtures.data("wordpress/wordpress-importer_\(name).xml")
        return refusal { try WordPressReader.read(data) }
    }

    @Test("not well-formed fixtures: malformed, malformed-simple, crazy-cdata, each with line and column")
    func notWellFormed() throws {
        let malformed = try #require(try wordpress("malformed"))
        #expect(
            malformed.message == "the file is not well-formed XML: a closing tag that does not match the open element")
        #expect(malformed.line == 90 && malformed.column > 0)
        let simple = try #require(try wordpress("malformed-simple"))
        #expect(simple.message.contains("ends in the middle of the document"))
        #expect(simple.line == 13)
        let crazy = try #require(try wordpress("crazy-cdata"))
        #expect(crazy.message.contains("']]>'"))
        #expect(crazy.line == 18 && crazy.column > 0)
        #expect(crazy.description == "line 18, column \(crazy.column): \(crazy.message)")
    }

    @Test("missing and invalid wp:wxr_version")
    func version() throws {
        let missing = try #require(try wordpress("missing-version-tag"))
        #expect(missing.message == "not a WordPress export: the channel has no <wp:wxr_version>")
        #expect(missing.line == 27)
        let invalid = try #require(try wordpress("invalid-version-tag"))
        #expect(invalid.message == "not a WordPress export: invalid WXR version \"abc\" in <wp:wxr_version>")
        #expect(invalid.line == 33)
    }

    @Test("a file cut in the middle is refused with the place it ends", arguments: [0.25, 0.5, 0.9])
    func truncated(fraction: Double) throws {
        let wordpress = try Fixtures.data("wordpress/WPTT_themeunittestdata.wordpress.xml")
        let cut = wordpress.prefix(Int(Double(wordpress.count) * fraction))
        let error = try #require(refusal { try WordPressReader.read(cut) })
        #expect(error.message.contains("not well-formed") || error.message.contains("cut off"), "\(error)")
        #expect(error.line > 1 && error.column > 0)
        let lines = cut.filter { $0 == UInt8(ascii: "\n") }.count + 1
        // At the end of the cut file (inside an unfinished CDATA section libxml2 reports a little before it).
        #expect((lines - 20...lines).contains(error.line), "\(error) for a file of \(lines) lines")

        let blogger = try Fixtures.data("blogger/hakyll-convert_blogger-000_2017-export.xml")
        let bloggerCut = blogger.prefix(Int(Double(blogger.count) * fraction))
        let bloggerError = try #require(refusal { try BloggerReader.read(bloggerCut) })
        #expect(bloggerError.line > 1)
    }

    @Test("a file cut right after its last item still lacks its end")
    func truncatedAtElementBoundary() throws {
        let text = try Fixtures.text("wordpress/wordpress-importer_valid-wxr-1.1.xml")
        let cut = try #require(text.range(of: "</item>", options: .backwards)).upperBound
        let error = try #require(refusal { try WordPressReader.read(Data(text[..<cut].utf8)) })
        #expect(error.message.contains("cut off"))
    }

    @Test("a file of another format says what it is not (and, when it can, what it looks like)")
    func wrongFormat() throws {
        let wordpress = try Fixtures.data("wordpress/wordpress-importer_valid-wxr-1.1.xml")
        let blogger = try Fixtures.data("blogger/google-blog-converters_blogger-sample2.xml")
        let disqus = try Fixtures.data("disqus/isso_disqus-export.xml")
        let cases: [(ImportError?, String)] = [
            (
                refusal { try BloggerReader.read(wordpress) },
                "not a Blogger export: the root element is <rss> (it looks like a WordPress export)"
            ),
            (
                refusal { try WordPressReader.read(blogger) },
                "not a WordPress export: the root element is <feed> (it looks like a Blogger export)"
            ),
            (
                refusal { try WordPressReader.read(disqus) },
                "not a WordPress export: the root element is <disqus> (it looks like a Disqus export)"
            ),
            (
                refusal { try DisqusReader.read(wordpress) },
                "not a Disqus export: the root element is <rss> (it looks like a WordPress export)"
            ),
            (
                refusal { try DisqusReader.read(blogger) },
                "not a Disqus export: the root element is <feed> (it looks like a Blogger export)"
            ),
        ]
        for (error, message) in cases {
            #expect(error?.message == message)
            #expect(error.map { $0.line > 0 && $0.column > 0 } == true)
        }
    }

    @Test("random text, JSON, an empty file and a plain RSS feed are refused")
    func notExports() throws {
        let text = Data("Dear editor, here are my posts.\nThanks!".utf8)
        let textError = try #require(refusal { try BloggerReader.read(text) })
        #expect(textError.message == "not a Blogger export: the file is not XML (no XML element was found)")
        #expect((textError.line, textError.column) == (1, 1))
        let json = try #require(refusal { try WordPressReader.read(Data(#"{"posts": []}"#.utf8)) })
        #expect(json.message.hasPrefix("not a WordPress export: the file is not XML"))
        let empty = try #require(refusal { try DisqusReader.read(Data()) })
        #expect(empty.message.hasPrefix("not a Disqus export"))
        let rss = Data("<rss version='2.0'><channel><title>News</title></channel></rss>".utf8)
        let rssError = try #require(refusal { try WordPressReader.read(rss) })
        #expect(rssError.message == "not a WordPress export: an RSS feed without WordPress's export namespace")
        let atom = Data("<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title>".utf8)
        #expect(refusal { try BloggerReader.read(atom) }?.message.contains("cut off") == true)
    }
}
