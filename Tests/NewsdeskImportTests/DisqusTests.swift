import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskTestSupport
import Testing

@Suite("Disqus export")
struct DisqusTests {
    private let bundle: ImportBundle

    init() throws {
        bundle = try DisqusReader.read(Fixtures.data("disqus/isso_disqus-export.xml"))
    }

    @Test("5 comments, linked by their thread's URL; the orphan (thread 1337) skipped")
    func comments() {
        #expect(bundle.source == .disqus)
        #expect(bundle.posts.isEmpty)
        #expect(bundle.comments.count == 5)
        #expect(bundle.comments.map(\.sourceID) == ["4", "5", "8", "9", "11"])
        #expect(bundle.comments.first?.authorName == "peter")
        #expect(bundle.comments.first?.authorEmail == "foo@bar.com")
        #expect(bundle.comments.allSatisfy { !$0.isBlogAuthor })
        #expect(
            bundle.skipped == [
                SkippedEntry(kind: "post", sourceID: "6", reason: "its thread is not in the export")
            ])
    }

    @Test("a thread with an empty <id/> still links its comments by URL; threads may come after their comments")
    func emptyThreadID() throws {
        let comment = try #require(bundle.comments.first { $0.sourceID == "8" })
        #expect(comment.postSourceID == "http://localhost:4000/blog/2013/02/12/redacted/index.html")
        #expect(comment.bodyHTML == "<p>Message from thread with empty title and id</p>")
        #expect(bundle.comments.filter { $0.postSourceID == "http://example.org/" }.count == 4)
    }

    @Test("replies: in order of creation, comment 3 replies to comment 1; the deleted comment has empty text")
    func repliesAndDeleted() throws {
        // The README counts comments in order of creation (a stable sort: ties stay in file order).
        let chronological = bundle.comments.enumerated()
            .sorted { ($0.element.createdAt, $0.offset) < ($1.element.createdAt, $1.offset) }.map(\.element)
        #expect(chronological[2].parentSourceID == chronological[0].sourceID)
        #expect(bundle.comments.map(\.parentSourceID) == [nil, "4", nil, nil, "9"])
        let deleted = try #require(bundle.comments.first { $0.status == .deleted })
        #expect(deleted.sourceID == "9" && deleted.bodyHTML == "" && deleted.authorName == "peter")
        #expect(bundle.comments.filter { $0.status == .published }.count == 4)
        #expect(bundle.comments[1].createdAt == TestDates.utc(2013, 10, 11, 6, 51, 33))
    }

    @Test("spam, missing threads and links, built in code")
    func builtInCode() throws {
        let xml = """
            <?xml version="1.0"?>
            <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
            <thread dsq:id="1"><link>https://blog.example/2011/01/post.html</link><title>Post</title></thread>
            <thread dsq:id="2"><title>No link</title></thread>
            <post dsq:id="10"><message>buy now</message><createdAt>2011-01-01T00:00:00Z</createdAt>
            <isDeleted>false</isDeleted><isSpam>true</isSpam><author><name>spammer</name></author>
            <thread dsq:id="1"/></post>
            <post dsq:id="11"><message>hi</message><createdAt>2011-01-01T00:00:00Z</createdAt>
            <author><username>anon</username><isAnonymous>true</isAnonymous></author><thread dsq:id="2"/></post>
            </disqus>
            """
        let bundle = try DisqusReader.read(Data(xml.utf8))
        #expect(bundle.comments.map(\.status) == [.spam])
        #expect(bundle.comments.first?.postSourceID == "https://blog.example/2011/01/post.html")
        #expect(bundle.skipped.map(\.reason) == ["its thread has no link"])
    }
}
