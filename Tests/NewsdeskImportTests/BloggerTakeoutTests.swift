import Foundation
import NewsdeskCore
import NewsdeskImport
import Testing

/// Google Takeout's `feed.atom`, built in code (no fixture exists): the element names and values
/// Takeout writes, a comment before its post, and each post and comment status.
@Suite("Blogger Takeout feed.atom")
struct BloggerTakeoutTests {
    static let blog = "tag:blogger.com,1999:blog-77"

    static func entry(_ id: String, type: String, status: String = "LIVE", _ inner: String = "") -> String {
        "<entry><id>\(blog).post-\(id)</id><blogger:type>\(type)</blogger:type>"
            + "<blogger:status>\(status)</blogger:status>\(inner)</entry>\n"
    }

    static let editor =
        "<author><name>War News Updates Editor</name><uri>https://www.blogger.com/profile/1</uri>"
        + "<blogger:type>BLOGGER</blogger:type></author>"

    static func comment(
        _ id: String, post: String, status: String = "LIVE", author: String, reply: String = "", _ body: String
    ) -> String {
        entry(
            id, type: "COMMENT", status: status,
            "<blogger:parent>\(blog).post-\(post)</blogger:parent>"
                + "<blogger:inReplyTo>\(reply.isEmpty ? "" : "\(blog).post-\(reply)")</blogger:inReplyTo>"
                + author + "<content type='html'>\(body)</content>"
                + "<blogger:created>2011-01-17T13:00:00.000Z</blogger:created>"
                + "<published>2011-01-17T13:00:00.000Z</published>"
        )
    }

    static let postBody = """
        &lt;b&gt;&lt;a href="http://www.stripes.com/x"&gt;Does China's Military Want Better Relations With \
        The U.S.?&lt;/a&gt;&lt;/b&gt; -- Stars And Stripes
        """

    static let post = """
        \(editor)<title>Is The Chinese Military Interested In Better Relations With The U.S.?</title>
        <content type='html'>\(postBody)</content>
        <blogger:created>2011-01-17T12:00:00.000Z</blogger:created>
        <published>2011-01-17T12:30:00.000-05:00</published><updated>2011-01-18T08:00:00.000Z</updated>
        <category scheme='tag:blogger.com,1999:blog-77' term='China'/><category term='Military'/>
        <category term='China'/>
        <blogger:filename>/2011/01/is-chinese-military-interested-in.html</blogger:filename>
        """

    static let anonymous = "<author><name>Anonymous</name><blogger:type>ANONYMOUS</blogger:type></author>"
    static let mark = "<author><name>Mark</name></author>"

    static let feed: String = {
        let entries = [
            comment("901", post: "100", author: anonymous, "Fair enough."),
            entry("100", type: "POST", post),
            comment("902", post: "100", author: editor, reply: "901", "It is not the US military per se."),
            comment("903", post: "100", status: "SPAM_COMMENT", author: "<author><name>casino</name></author>", "spam"),
            comment("904", post: "100", status: "DELETED", author: mark, ""),
            comment("905", post: "100", status: "PENDING", author: mark, "held"),
            comment("906", post: "555", author: mark, "on a post not exported"),
            entry(
                "101", type: "POST", status: "DRAFT", editor + "<title>Draft</title><content type='html'>x</content>"),
            entry(
                "102", type: "POST", status: "SCHEDULED",
                editor + "<title>Later</title><content type='html'>y</content><published>2031-01-01T00:00:00Z"
                    + "</published><blogger:filename>/2031/01/later.html</blogger:filename>"
            ),
            entry("103", type: "POST", status: "SOFT_TRASHED", "<title>Gone</title><content type='html'>z</content>"),
            comment("907", post: "103", author: mark, "on a trashed post"),
            entry(
                "104", type: "PAGE",
                editor + "<title>About</title><content type='html'>About us</content><published>2010-05-01T00:00:00Z"
                    + "</published><blogger:filename>/p/about.html</blogger:filename>"
            ),
        ]
        return """
            <?xml version='1.0' encoding='utf-8'?>
            <feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'>
            <id>\(blog)</id><title>War News Updates</title>
            \(entries.joined())</feed>
            """
    }()

    @Test("posts, pages and statuses; trashed posts skipped; labels; filename as path and slug")
    func posts() throws {
        let bundle = try BloggerReader.read(Data(Self.feed.utf8))
        #expect(bundle.source == .bloggerTakeout)
        #expect(bundle.blogTitle == "War News Updates")
        #expect(bundle.posts.map(\.sourceID) == ["100", "101", "102", "104"].map { "\(Self.blog).post-\($0)" })
        #expect(bundle.posts.map(\.status) == [.published, .draft, .scheduled, .published])
        #expect(bundle.posts.map(\.kind) == [.post, .post, .post, .page])
        let post = bundle.posts[0]
        #expect(post.title == "Is The Chinese Military Interested In Better Relations With The U.S.?")
        #expect(post.originalPath == "/2011/01/is-chinese-military-interested-in.html")
        #expect(post.slug == "is-chinese-military-interested-in")
        #expect(post.labels == ["China", "Military"])
        #expect(post.publishedAt == TestDates.utc(2011, 1, 17, 17, 30))
        #expect(post.authorName == "War News Updates Editor")
        #expect(post.bodyHTML.hasPrefix("<b><a href=\"http://www.stripes.com/x\">Does China's Military"))
        #expect(bundle.posts[3].originalPath == "/p/about.html" && bundle.posts[3].slug == "about")
        #expect(bundle.skipped.contains { $0.sourceID.hasSuffix("post-103") && $0.reason == "in the trash" })
    }

    @Test("comments: thread, author, statuses, the one before its post, and orphans")
    func comments() throws {
        let bundle = try BloggerReader.read(Data(Self.feed.utf8))
        let byID = Dictionary(uniqueKeysWithValues: bundle.comments.map { (String($0.sourceID.suffix(3)), $0) })
        #expect(Set(byID.keys) == ["901", "902", "903", "904", "905"])
        let anonymous = try #require(byID["901"])
        #expect(anonymous.authorName == "", "Anonymous means no name")
        #expect(anonymous.postSourceID == "\(Self.blog).post-100")
        #expect(!anonymous.isBlogAuthor)
        let reply = try #require(byID["902"])
        #expect(reply.parentSourceID == "\(Self.blog).post-901")
        #expect(reply.isBlogAuthor)
        #expect(reply.createdAt == TestDates.utc(2011, 1, 17, 13))
        #expect(byID["903"]?.status == .spam)
        #expect(byID["904"]?.status == .deleted)
        #expect(byID["905"]?.status == .pending)
        #expect(anonymous.status == .published && anonymous.parentSourceID == nil)
        let skippedComments = bundle.skipped.filter { $0.kind == "comment" }
        #expect(
            skippedComments.map(\.reason).sorted() == ["its post is not in the export", "its post was not imported"])
    }

    @Test("streaming hands each comment over after its post")
    func streamingOrder() throws {
        var events: [String] = []
        let summary = try BloggerReader.read(
            Data(Self.feed.utf8), onPost: { events.append("post " + $0.sourceID.suffix(3)) },
            onComment: { events.append("comment " + $0.sourceID.suffix(3)) }
        )
        #expect(summary.postCount == 4 && summary.commentCount == 5)
        let firstPost = try #require(events.firstIndex(of: "post 100"))
        for id in ["901", "902", "903"] {
            #expect(try #require(events.firstIndex(of: "comment " + id)) > firstPost)
        }
    }
}

@Suite("Blogger classic export: replies and removed comments, built in code")
struct BloggerClassicRepliesTests {
    static let kind =
        "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#"

    static let feed = """
        <?xml version='1.0' encoding='UTF-8'?>
        <feed xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'
              xmlns:gd='http://schemas.google.com/g/2005'>
        <title type='text'>War News Updates</title><subtitle type='html'>Military &amp;amp; defence news</subtitle>
        <entry><id>tag:blogger.com,1999:blog-9.post-1</id><published>2011-01-17T06:44:00.000-08:00</published>
        \(kind)post'/>
        <category scheme='http://www.blogger.com/atom/ns#' term='China'/>
        <title type='text'>Post</title><content type='html'>Body</content>
        <link rel='alternate' type='text/html' href='http://example.blogspot.com/2011/01/post.html'/>
        <author><name>Editor</name><uri>https://www.blogger.com/profile/1</uri></author></entry>
        <entry><id>tag:blogger.com,1999:blog-9.post-2</id><published>2011-01-17T07:00:00.000-08:00</published>
        \(kind)comment'/>
        <content type='html'>First!</content>
        <author><name>Anonymous</name><uri></uri></author>
        <thr:in-reply-to ref='tag:blogger.com,1999:blog-9.post-1' type='text/html'/></entry>
        <entry><id>tag:blogger.com,1999:blog-9.post-3</id><published>2011-01-17T07:05:00.000-08:00</published>
        \(kind)comment'/>
        <content type='html'>A reply.</content>
        <link rel='related' type='application/atom+xml' href='https://www.blogger.com/feeds/9/1/comments/default/2'/>
        <author><name>Editor</name><uri>https://www.blogger.com/profile/1</uri></author>
        <thr:in-reply-to ref='tag:blogger.com,1999:blog-9.post-1' type='text/html'/></entry>
        <entry><id>tag:blogger.com,1999:blog-9.post-4</id><published>2011-01-17T07:10:00.000-08:00</published>
        \(kind)comment'/>
        <content type='html'>This comment has been removed by the author.</content>
        <author><name>Editor</name><uri>https://www.blogger.com/profile/2</uri></author>
        <thr:in-reply-to ref='tag:blogger.com,1999:blog-9.post-1' type='text/html'/>
        <gd:extendedProperty name='blogger.contentRemoved' value='true'/></entry>
        </feed>
        """

    @Test("a reply's parent comes from link rel=related; removed comments are deleted; impostors are not the author")
    func replies() throws {
        let bundle = try BloggerReader.read(Data(Self.feed.utf8))
        #expect(bundle.blogDescription == "Military & defence news")
        #expect(bundle.posts.first?.labels == ["China"])
        #expect(bundle.comments.map(\.parentSourceID) == [nil, "tag:blogger.com,1999:blog-9.post-2", nil])
        #expect(bundle.comments.map(\.authorName) == ["", "Editor", "Editor"])
        #expect(bundle.comments.map(\.isBlogAuthor) == [false, true, false], "same name, another profile")
        #expect(bundle.comments.map(\.status) == [.published, .published, .deleted])
    }
}
