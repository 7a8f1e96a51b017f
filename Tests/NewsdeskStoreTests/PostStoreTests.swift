import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Posts in the store, in memory, on SQLite and PostgreSQL")
struct PostStoreTests {
    @Test("the reference post round-trips with every field", arguments: StoreUnderTest.all)
    func referencePostRoundTrip(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            // MUT
            let stored = try #require(try await ReferenceBlog.load(into: store))
            // validation
            #expect(stored.path == "/2011/01/is-chinese-military-interested-in.html")
            let loaded = try #require(try await store.post(atPath: stored.path))
            let expected = ReferenceBlog.post
            #expect(loaded.title == expected.title)
            #expect(loaded.status == .published)
            #expect(loaded.publishedAt == ReferenceBlog.publishedAt)
            #expect(loaded.labels == expected.labels)
            #expect(loaded.image == expected.image)
            #expect(loaded.clipping == expected.clipping)
            #expect(loaded.commentary == expected.commentary)
            #expect(loaded.author?.displayName == "War News Updates Editor")
            #expect(try await store.blog() == ReferenceBlog.blog)
            #expect(try await store.post(id: loaded.id!) == loaded)
        }
    }

    @Test("loading the demo twice leaves the first load alone", arguments: StoreUnderTest.all)
    func demoLoadsOnce(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            try await ReferenceBlog.load(into: store)
            #expect(try await ReferenceBlog.load(into: store) == nil)
            #expect(try await store.postCount() == 1)
        }
    }

    @Test("slugs are unique within a month, and free again in the next", arguments: StoreUnderTest.all)
    func slugsUniquePerMonth(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let zone = "America/New_York"
            let january17 = ReferenceBlog.publishedAt
            let post = Post(title: "Gates In Beijing", status: .published, publishedAt: january17)
            let first = try await store.createPost(post, timeZone: zone)
            let second = try await store.createPost(post, timeZone: zone)
            var third = post
            third.publishedAt = january17.addingTimeInterval(31 * 86_400)
            let february = try await store.createPost(third, timeZone: zone)
            #expect(first.path == "/2011/01/gates-in-beijing.html")
            #expect(second.path == "/2011/01/gates-in-beijing_17.html")
            #expect(february.path == "/2011/02/gates-in-beijing.html")
        }
    }

    @Test("only published posts are listed, newest first, in pages", arguments: StoreUnderTest.all)
    func publishedListing(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let start = ReferenceBlog.publishedAt
            for day in 0..<5 {
                let post = Post(
                    title: "Day \(day)", status: .published, publishedAt: start.addingTimeInterval(Double(day) * 86_400)
                )
                _ = try await store.createPost(post, timeZone: "UTC")
            }
            _ = try await store.createPost(
                Post(title: "Draft", status: .draft, publishedAt: start.addingTimeInterval(9e5)), timeZone: "UTC")
            let firstPage = try await store.publishedPosts(.all, offset: 0, limit: 2)
            let lastPage = try await store.publishedPosts(.all, offset: 4, limit: 2)
            #expect(firstPage.map(\.title) == ["Day 4", "Day 3"])
            #expect(lastPage.map(\.title) == ["Day 0"])
            #expect(try await store.postCount() == 6)
        }
    }

    @Test("labels keep their order, once each", arguments: StoreUnderTest.all)
    func labels(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let post = Post(
                title: "Labels", status: .published, publishedAt: Date(), labels: ["Iraq", " Iran ", "Iraq", ""])
            let stored = try await store.createPost(post, timeZone: "UTC")
            #expect(stored.labels == ["Iraq", "Iran"])
        }
    }

    @Test(
        "excerpt paragraphs come back trimmed, whatever white space surrounds them", arguments: StoreUnderTest.all)
    func excerptParagraphs(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let paragraphs = [
                "\u{A0} First, with a non-breaking space\u{3000}", "Second\r\nover two lines \t", "Élysée",
            ]
            var post = Post(title: "Excerpt", status: .published, publishedAt: Date())
            post.clipping = Clipping(
                sourceURL: "https://example.com/story", headline: "Story", outlet: "Example",
                excerptParagraphs: paragraphs)
            let created = try await store.createPost(post, timeZone: "UTC")
            let stored = try await store.post(atPath: created.path)
            #expect(
                stored?.clipping?.excerptParagraphs == [
                    "First, with a non-breaking space", "Second\r\nover two lines", "Élysée",
                ])
        }
    }

    @Test("blog settings default, then round-trip", arguments: StoreUnderTest.all)
    func blogSettings(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            #expect(try await store.blog() == Blog())
            var blog = ReferenceBlog.blog
            blog.commentaryHeading = "Editor's note:"
            try await store.saveBlog(blog)
            #expect(try await store.blog() == blog)
        }
    }
}
