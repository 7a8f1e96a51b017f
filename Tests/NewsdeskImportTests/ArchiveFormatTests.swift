import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskTestSupport
import Testing

@Suite("Archive formats: JSON and the Blogger export")
struct ArchiveFormatTests {
    @Test("JSON: encode, decode, encode gives the same bytes, times exact to the millisecond")
    func jsonRoundTrip() throws {
        let bundle = try WordPressReader.read(Fixtures.data("wordpress/WPTT_themeunittestdata.wordpress.xml"))
        var archive = ArchiveBuilder(timeZone: TimeZone(secondsFromGMT: 0)!).archive(from: bundle).archive
        archive.blog = Blog(title: "Round trip")
        archive.comments[0].createdAt = Date(millisecondsSince1970: -1)
        archive.comments[1].createdAt = Date(millisecondsSince1970: 1_295_251_199_999)
        let first = try ArchiveJSON.encode(archive)
        let decoded = try ArchiveJSON.decode(first)
        #expect(decoded == archive)
        #expect(try ArchiveJSON.encode(decoded) == first)
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("\"createdAt\" : \"1969-12-31T23:59:59.999Z\""))
        #expect(text.contains("\"createdAt\" : \"2011-01-17T07:59:59.999Z\""))
    }

    @Test(
        "JSON: what is not an archive is refused with the reason",
        arguments: [
            ("[1, 2]", "not a JSON object"),
            ("{\"format\": \"something-else\", \"version\": 1}", "not a Newsdesk archive"),
            ("{\"format\": \"newsdesk-archive\", \"version\": 99}", "archive version 99"),
            ("{\"format\": \"newsdesk-archive\", \"version\": 1}", "missing \"authors\""),
            (
                "{\"format\": \"newsdesk-archive\", \"version\": 1, \"authors\": [], \"posts\": [{\"id\": 1}]",
                "not a JSON object"
            ),
        ])
    func jsonRefusals(input: String, reason: String) {
        #expect {
            try ArchiveJSON.decode(Data(input.utf8))
        } throws: { error in
            (error as? ArchiveJSONError)?.message.contains(reason) == true
        }
    }

    @Test("a bad time in an archive is refused, naming the field")
    func badTime() throws {
        var archive = BlogArchive()
        archive.comments = [
            ArchivedComment(id: 1, post: 1, authorName: "", body: "x", createdAt: Date(), status: .published)
        ]
        let text = String(decoding: try ArchiveJSON.encode(archive), as: UTF8.self)
            .replacingOccurrences(
                of: #"("createdAt" : ")[^"]*"#, with: "$12011-02-30T00:00:00.000Z", options: .regularExpression)
        #expect {
            try ArchiveJSON.decode(Data(text.utf8))
        } throws: { error in
            let message = (error as? ArchiveJSONError)?.message ?? ""
            return message.contains("2011-02-30") && message.contains("comments")
        }
    }

    @Test("the Blogger export reads back to the same posts, comments, labels and clips")
    func bloggerRoundTrip() throws {
        let builder = ArchiveBuilder(timeZone: TimeZone(secondsFromGMT: 0)!)
        let bundle = try WordPressReader.read(Fixtures.data("wordpress/WPTT_themeunittestdata.wordpress.xml"))
        var original = builder.archive(from: bundle).archive
        original.blog = Blog(title: "Export & test", description: "A <b>description</b>")
        // A dated post (pages hold no clips): the first by date.
        let clipped = try #require(original.posts.firstIndex { $0.kind == .post && $0.status == .published })
        original.posts[clipped].clipping = Clipping(
            sourceURL: "https://news.example/a?b=1&c=2", headline: "China's \"navy\" <expands>",
            outlet: "Stars And Stripes", excerptParagraphs: ["One & two.", "Three."])
        original.posts[clipped].commentary = "My view.\n\nSecond thought."
        original.posts[clipped].bodyHTML = ""
        let data = BloggerExportWriter(baseURL: "https://blog.example").write(original)
        let reread = try BloggerReader.read(data)
        #expect(reread.blogTitle == "Export & test")
        let back = builder.archive(from: reread).archive
        #expect(back.posts.count == original.posts.count)
        // Posts are numbered by date on each read, so they are matched by title, kind and time.
        for before in original.posts {
            let after = try #require(
                back.posts.first {
                    $0.title == before.title && $0.kind == before.kind && $0.publishedAt == before.publishedAt
                        && $0.labels == before.labels && $0.clipping == before.clipping
                }, "\(before.title)")
            #expect(after.title == before.title)
            #expect(after.labels == before.labels)
            #expect(after.kind == before.kind)
            #expect(after.status == (before.status == .published ? .published : .draft))
            if before.status == .published { #expect(after.path == before.path) }
            #expect(after.publishedAt == before.publishedAt)
            #expect(after.clipping == before.clipping)
            #expect(after.commentary == before.commentary)
        }
        let shown = original.comments.filter { $0.status == .published }
        #expect(back.comments.count == shown.count)
        for (before, after) in zip(shown, back.comments) {
            #expect(after.body == before.body)
            #expect(after.authorName == before.authorName)
            #expect(after.createdAt == before.createdAt)
            #expect(after.isEditor == before.isEditor)
            let parent = before.parent.flatMap { id in shown.firstIndex { $0.id == id } }
            let parentAfter = after.parent.flatMap { id in back.comments.firstIndex { $0.id == id } }
            #expect(parent == parentAfter)
        }
    }
}
