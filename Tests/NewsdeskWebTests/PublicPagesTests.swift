import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@Suite("Public pages through the router")
struct PublicPagesTests {
    @Test("the post page shows the seed page's parts in the seed's order")
    func postPageOrder() async throws {
        try await withMemoryDemoApp { client, _ in
            let response = try await client.execute(uri: referencePath, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let html = response.text
            let parts = [
                "Monday, January 17, 2011",
                "Is The Chinese Military Interested In Better Relations With The U.S.?</a></h3>",
                "<img src=\"/static/demo/gates-liang-beijing.svg\"",
                "DOD photo by U.S. Air Force Master Sgt. Jerry Morrison</figcaption>",
                "Does China&#39;s Military Want Better Relations With The U.S.?</a> -- Stars And Stripes",
                "<p>TOKYO — Defense Secretary Robert Gates’ talks",
                "<p>Although Gates told reporters",
                "Read more ....</a>",
                "<strong class=\"commentary-heading\">My Comment:</strong> One will have to say no",
                "3 comments:",
                "<cite>Anonymous</cite> said...",
                "Fair enough. But does the US military want closer ties",
                "<cite>War News Updates Editor</cite><span class=\"author-badge\"",
                "It is not the US military per se",
                "<cite>Mark</cite> said...",
                "it is clear that the &quot;reaching out&quot; is one-sided",
                "<form class=\"comment-form\"",
            ]
            let offsets = html.offsets(of: parts)
            for (part, offset) in zip(parts, offsets) { #expect(offset != nil, "missing: \(part)") }
            let found = offsets.compactMap { $0 }
            #expect(found == found.sorted(), "the parts are out of order")
            #expect(html.contains("<a href=\"https://www.stripes.com/news/pacific/"))
        }
    }

    @Test("every page has a title, a meta description and a canonical link")
    func headTags() async throws {
        try await withMemoryDemoApp { client, _ in
            let post = try await client.execute(uri: referencePath, method: .get).text
            #expect(
                post.contains(
                    "<title>War News Updates: Is The Chinese Military Interested In Better Relations With The U.S.?</title>"
                ))
            #expect(post.contains("<meta name=\"description\" content=\"TOKYO — Defense Secretary"))
            #expect(post.contains("<link rel=\"canonical\" href=\"https://wnu.example\(referencePath)\">"))
            let front = try await client.execute(uri: "/", method: .get).text
            #expect(front.contains("<title>War News Updates</title>"))
            #expect(front.contains("<meta name=\"description\" content=\"News and commentary"))
            #expect(front.contains("<link rel=\"canonical\" href=\"https://wnu.example/\">"))
        }
    }

    @Test("the front page groups posts under date headers and links to comments")
    func frontPage() async throws {
        try await withMemoryDemoApp { client, _ in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<h2 class=\"date-header\"><span>Monday, January 17, 2011</span></h2>"))
            #expect(html.contains("<a href=\"\(referencePath)#comments\">3 comments</a>"))
            #expect(html.contains("My Comment:"))
            #expect(!html.contains("Older Posts"))
        }
    }

    @Test("paging: Older Posts and Newer Posts follow the posts-per-page setting")
    func paging() async throws {
        try await withMemoryDemoApp { client, store in
            var blog = try await store.blog()
            blog.postsPerPage = 2
            try await store.saveBlog(blog)
            for day in 1...3 {
                let post = Post(
                    title: "Later \(day)", status: .published,
                    publishedAt: ReferenceBlog.publishedAt.addingTimeInterval(Double(day) * 86_400))
                _ = try await store.createPost(post, timeZone: blog.timeZoneIdentifier)
            }
            let first = try await page(client, "/", eventuallyContaining: "Later 3")
            #expect(first.contains("Later 3") && first.contains("Later 2") && !first.contains("Later 1"))
            #expect(first.contains("<a href=\"/?page=2\" rel=\"next\">Older Posts</a>"))
            let second = try await client.execute(uri: "/?page=2", method: .get).text
            #expect(second.contains("Later 1") && second.contains("Is The Chinese Military"))
            #expect(second.contains("<a href=\"/\" rel=\"prev\">Newer Posts</a>"))
            #expect(!second.contains("Older Posts"))
            #expect(try await client.execute(uri: "/?page=3", method: .get).status == .notFound)
        }
    }

    @Test("conditional GET answers 304 for the same bytes")
    func conditionalGet() async throws {
        try await withMemoryDemoApp { client, _ in
            let first = try await client.execute(uri: referencePath, method: .get)
            let etag = try #require(first.headers[.eTag])
            let second = try await client.execute(uri: referencePath, method: .get, headers: [.ifNoneMatch: etag])
            #expect(second.status == .notModified)
            #expect(second.body.readableBytes == 0)
        }
    }

    @Test("the demo image is served from the theme")
    func staticFiles() async throws {
        try await withMemoryDemoApp { client, _ in
            let response = try await client.execute(uri: "/static/demo/gates-liang-beijing.svg", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "image/svg+xml")
        }
    }
}
