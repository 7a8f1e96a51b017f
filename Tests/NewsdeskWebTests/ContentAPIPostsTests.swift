import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskMarkdown
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Content API: posts, pages, filters and paging")
struct ContentAPIPostsTests {
    @Test("the posts list gives published posts newest first with every field, and pages through them")
    func list() async throws {
        try await withMemoryNewsroomApp { client, _ in
            let all = try await APITest.get(client, "/api/v1/posts", as: APIPostList.self)
            #expect(all.page == 1 && all.limit == 20 && all.next == nil && all.previous == nil)
            #expect(
                all.posts.map(\.title) == [
                    "Notes on drones", "Iraq withdrawal timetable", ReferenceBlog.post.title, "Gates visits Beijing",
                    "Year-end Afghanistan review",
                ])
            #expect(all.posts.allSatisfy { $0.kind == "post" })
            let first = try await APITest.get(client, "/api/v1/posts?limit=2", as: APIPostList.self)
            #expect(first.posts.count == 2 && first.previous == nil)
            #expect(first.next == "https://wnu.example/api/v1/posts?page=2&limit=2")
            let second = try await APITest.get(client, "/api/v1/posts?page=2&limit=2", as: APIPostList.self)
            #expect(second.posts.map(\.title) == [ReferenceBlog.post.title, "Gates visits Beijing"])
            #expect(second.previous == "https://wnu.example/api/v1/posts?limit=2")
            let last = try await APITest.get(client, "/api/v1/posts?page=3&limit=2", as: APIPostList.self)
            #expect(last.posts.count == 1 && last.next == nil)
            try await APITest.problem(client, "/api/v1/posts?page=4&limit=2", .notFound)
        }
    }

    @Test("a post carries its clipping, image, labels, author, times, URL and the feeds' one HTML rendering")
    func shape() async throws {
        try await withMemoryNewsroomApp { client, store in
            let stored = try #require(try await store.post(atPath: referencePath))
            let id = try #require(stored.id)
            let post = try await APITest.get(client, "/api/v1/posts/\(id)", as: APIPost.self)
            #expect(post.id == id && post.path == referencePath && post.url == "https://wnu.example" + referencePath)
            #expect(post.title == ReferenceBlog.post.title && post.labels == ReferenceBlog.post.labels)
            #expect(post.publishedAt == ReferenceBlog.publishedAt)
            #expect(post.author == .init(name: "War News Updates Editor", url: nil))
            #expect(post.image?.url == "https://wnu.example/static/demo/gates-liang-beijing.svg")
            #expect(post.image?.alt == ReferenceBlog.post.image?.altText)
            let clipping = try #require(post.clipping)
            #expect(clipping.sourceURL == referenceSource && clipping.readerURL == referenceSource)
            #expect(clipping.sourceStatus == "available" && clipping.archivedCopy == nil)
            #expect(clipping.outlet == "Stars And Stripes" && clipping.excerpt.count == 2)
            #expect(post.commentary == ReferenceBlog.post.commentary && post.commentCount == 3)
            let blog = try await store.blog()
            let html = PostHTML.readerHTML(
                of: stored, commentaryHeading: blog.commentaryHeading, archive: blog.sourceArchive,
                rendering: MarkdownRenderer.forPosts)
            #expect(post.html == html)
            let text = try await client.execute(uri: "/api/v1/posts/\(id)", method: .get).text
            #expect(text.contains("\"publishedAt\":\"2011-01-17T14:05:00Z\""))
            let newsroom = try await APITest.get(client, "/api/v1/posts?label=Drones", as: APIPostList.self)
            let drones = try #require(newsroom.posts.first)
            // Absent parts are null, not left out.
            let dronesText = try await client.execute(uri: "/api/v1/posts/\(drones.id)", method: .get).text
            #expect(dronesText.contains("\"clipping\":null") && dronesText.contains("\"image\":null"))
        }
    }

    @Test("filters: label, outlet, year and month; one at a time; none matching is a 404")
    func filters() async throws {
        try await withMemoryNewsroomApp { client, _ in
            func titles(_ query: String) async throws -> [String] {
                try await APITest.get(client, "/api/v1/posts?\(query)", as: APIPostList.self).posts.map(\.title)
            }
            #expect(try await titles("label=Afghanistan") == ["Notes on drones", "Year-end Afghanistan review"])
            #expect(try await titles("label=Defense%20Secretary%20Gates").count == 2)
            #expect(try await titles("outlet=Reuters") == ["Iraq withdrawal timetable", "Year-end Afghanistan review"])
            // The blog's time zone is New York: the New Year's Eve post is in December 2010 there.
            #expect(try await titles("year=2010&month=12") == ["Year-end Afghanistan review"])
            #expect(try await titles("year=2011&month=2") == ["Notes on drones"])
            #expect(try await titles("year=2011").count == 4)
            // The scheduled post's label is not listed before it is published.
            #expect(try await titles("label=Iraq") == ["Iraq withdrawal timetable"])
            let next = try await APITest.get(client, "/api/v1/posts?label=Afghanistan&limit=1", as: APIPostList.self)
            #expect(next.next == "https://wnu.example/api/v1/posts?label=Afghanistan&page=2&limit=1")
            try await APITest.problem(client, "/api/v1/posts?label=Nowhere", .notFound)
            try await APITest.problem(client, "/api/v1/posts?year=1999", .notFound)
        }
    }

    @Test("bad query values are a 400 problem with a sentence naming the parameter")
    func badValues() async throws {
        try await withMemoryNewsroomApp { client, _ in
            let cases = [
                ("limit=0", "limit"), ("limit=101", "limit"), ("limit=ten", "limit"), ("page=0", "page"),
                ("page=-1", "page"), ("page=100001", "page"), ("year=0", "year"), ("month=13&year=2011", "month"),
                ("month=1", "year"), ("label=", "label"), ("label=a&outlet=b", "label"), ("page=1&page=2", "page"),
                ("label=%zz", "query string"),
            ]
            for (query, named) in cases {
                let problem = try await APITest.problem(client, "/api/v1/posts?\(query)", .badRequest)
                #expect(problem.detail.contains(named), "\(query): \(problem.detail)")
            }
            try await APITest.problem(client, "/api/v1/posts/abc", .badRequest)
            try await APITest.problem(client, "/api/v1/posts/0", .badRequest)
            try await APITest.problem(client, "/api/v1/search", .badRequest)
            try await APITest.problem(client, "/api/v1/search?q=", .badRequest)
            try await APITest.problem(client, "/api/v1/posts/by-path", .badRequest)
            try await APITest.problem(client, "/api/v1/posts/by-path?path=2011", .badRequest)
        }
    }

    @Test("one post by path; drafts, scheduled and unknown posts are a 404 by id and by path")
    func drafts() async throws {
        try await withMemoryNewsroomApp { client, store in
            let byPath = try await APITest.get(
                client, "/api/v1/posts/by-path?path=/2011/01/gates-visits-beijing.html", as: APIPost.self)
            #expect(byPath.title == "Gates visits Beijing" && byPath.commentCount == 1)
            for path in ["/2011/02/secret-draft.html", "/2031/01/drones-tomorrow.html", "/2011/01/nothing.html"] {
                let problem = try await APITest.problem(client, "/api/v1/posts/by-path?path=\(path)", .notFound)
                #expect(problem.detail == "There is no published post or page with this id or path.")
                if let id = try await store.post(atPath: path)?.id {
                    try await APITest.problem(client, "/api/v1/posts/\(id)", .notFound)
                    try await APITest.problem(client, "/api/v1/posts/\(id)/comments", .notFound)
                }
            }
            try await APITest.problem(client, "/api/v1/posts/999999", .notFound)
            let list = try await client.execute(uri: "/api/v1/posts?limit=100", method: .get).text
            #expect(!list.contains("Secret draft") && !list.contains("Drones tomorrow"))
            let search = try await client.execute(uri: "/api/v1/search?q=drones", method: .get).text
            #expect(!search.contains("Secret draft"))
        }
    }

    @Test("pages lists the published pages, and one answers by its path")
    func pages() async throws {
        try await withMemoryNewsroomApp { client, _ in
            let pages = try await APITest.get(client, "/api/v1/pages", as: APIPageList.self)
            #expect(pages.pages.map(\.title) == ["About"] && pages.pages[0].kind == "page")
            #expect(pages.pages[0].url == "https://wnu.example/p/about.html")
            #expect(pages.pages[0].html.contains("Who we are."))
            let about = try await APITest.get(client, "/api/v1/posts/by-path?path=/p/about.html", as: APIPost.self)
            #expect(about.id == pages.pages[0].id)
        }
    }
}
