import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskTestSupport
import Testing

@Suite("WordPress: real exports")
struct WordPressExportTests {
    @Test("isso: 2 threads, 8 comments, comment 1 by Ohai reads Erster!1, replies to comment 2, line breaks kept")
    func isso() throws {
        let bundle = try WordPressReader.read(Fixtures.data("wordpress/isso_wordpress.xml"))
        // A WordPress 2.x-era file: `export/1.0/` namespace, no wp:wxr_version, items without post ids.
        #expect(bundle.posts.map(\.sourceID) == ["18", "4", "6"])
        #expect(bundle.posts[0].title == "Hello, World\u{2026}" && bundle.posts[0].originalPath == "/2014/test/")
        #expect(bundle.posts[1].originalPath == "/?p=4" && bundle.posts[1].status == .draft, "no wp:status")
        #expect(Set(bundle.comments.map(\.postSourceID)).count == 2, "2 threads")
        #expect(bundle.comments.count == 8)
        let first = try #require(bundle.comments.first)
        #expect(first.authorName == "Ohai" && first.bodyHTML == "Erster!1")
        #expect(first.authorEmail == "test@example.org" && first.authorURL == "http://example.tld/")
        // isso numbers the comments 1…8 and keeps one level of replies: its comments 3, 4 and 5 (ids 7, 8, 9)
        // all reply to its comment 2 (id 6). Here each keeps its real parent; all three descend from 6.
        let second = bundle.comments[1]
        #expect(second.sourceID == "6" && second.bodyHTML == "Zweiter.")
        let parents = Dictionary(bundle.comments.prefix(7).map { ($0.sourceID, $0.parentSourceID) }) { $1 }
        func root(_ id: String) -> String {
            guard let parent = parents[id] ?? nil else { return id }
            return root(parent)
        }
        #expect(bundle.comments[2...4].map(\.parentSourceID) == ["6", "7", "7"])
        #expect(bundle.comments[2...4].allSatisfy { root($0.sourceID) == "6" })
        #expect(bundle.comments[2].createdAt == TestDates.utc(2014, 4, 29, 15, 21, 35), "only a GMT date")
        let multiline = try #require(bundle.comments.first { $0.authorName == "Multiline Author" })
        #expect(multiline.bodyHTML == "When you have a comment with multiple lines:\nWordPress exports it like this.")
        #expect(multiline.createdAt == TestDates.utc(2022, 6, 6, 2, 13, 14), "the GMT date, not the local one")
        #expect(second.isBlogAuthor && !first.isBlogAuthor, "Tester wrote the post")
        #expect(bundle.comments[7].authorName == "", "Anonymous means no name")
    }

    @Test("hakyll-convert's WordPress.com export: pages and posts kept, menu items and attachments skipped")
    func hakyllConvert() throws {
        let bundle = try WordPressReader.read(Fixtures.data("wordpress/hakyll-convert_wordpress-000.xml"))
        #expect(bundle.blogTitle == "Testing hakyll-convert")
        #expect(bundle.posts.map(\.kind) == [.page, .page, .post, .post])
        let first = try #require(bundle.posts.first { $0.title == "First blog post" })
        #expect(first.originalPath == "/2017/09/02/first-blog-post/" && first.slug == "first-blog-post")
        #expect(bundle.skipped.filter { $0.kind == "nav_menu_item" }.count == 7)
        #expect(bundle.skipped.filter { $0.kind == "attachment" }.count == 3)
        #expect(bundle.comments.count == 1)
    }

    @Test("google-blog-converters' WXR 1.0 export: 4 posts, 2 pages, 3 comments, 4 attachments skipped")
    func googleBlogConverters() throws {
        let bundle = try WordPressReader.read(Fixtures.data("wordpress/google-blog-converters_wordpress.1.xml"))
        #expect(bundle.posts.filter { $0.kind == .post }.count == 4)
        #expect(bundle.posts.filter { $0.kind == .page }.count == 2)
        #expect(bundle.comments.count == 3)
        #expect(bundle.skipped.map(\.kind) == Array(repeating: "attachment", count: 4))
        #expect(Set(bundle.comments.map(\.postSourceID)).isSubset(of: Set(bundle.posts.map(\.sourceID))))
    }

    @Test("jekyll-import's 2025 WordPress.com export: block-editor content kept; theme styles and navigation skipped")
    func jekyllImport() throws {
        let bundle = try WordPressReader.read(
            Fixtures.data("wordpress/jekyll-import_sitetitle.wordpress.2025-01-19.000.xml")
        )
        #expect(bundle.blogTitle == "My Site Title")
        #expect(bundle.posts.filter { $0.kind == .post }.count == 7)
        #expect(bundle.posts.filter { $0.kind == .page }.count == 1)
        #expect(bundle.posts.allSatisfy { $0.bodyHTML.contains("<!-- wp:") || $0.bodyHTML.isEmpty })
        let kinds = bundle.skipped.map(\.kind)
        #expect(kinds.filter { $0 == "attachment" }.count == 6)
        #expect(kinds.contains("wp_global_styles") && kinds.contains("wp_navigation"))
        #expect(
            bundle.skipped.first { $0.kind == "wp_global_styles" }?.reason
                == "unsupported post type \"wp_global_styles\"")
    }
}
