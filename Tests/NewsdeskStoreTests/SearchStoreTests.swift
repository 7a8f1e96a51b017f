import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Full-text search: FTS5 on SQLite, tsvector on PostgreSQL, FTS5's BM25 in memory")
struct SearchStoreTests {
    /// Expects `text` to find exactly the posts `expected`, best first.
    func expect(
        _ store: any NewsdeskStorage, _ text: String, finds expected: [Int64],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let found = try await store.search(SearchQuery(text), offset: 0, limit: 20).map(\.postID)
        #expect(found == expected, "\(text)", sourceLocation: sourceLocation)
    }

    @Test("words match every field, stemmed, published posts only", arguments: StoreUnderTest.all)
    func fields(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            try await expect(store, "withdrawal", finds: [3])  // excerpt
            try await expect(store, "Progress", finds: [1])  // commentary, any case
            try await expect(store, "pentagon", finds: [1])  // clip headline
            try await expect(store, "Stripes", finds: [2])  // outlet
            try await expect(store, "aircraft waziristan", finds: [4])  // free HTML, tags dropped
            try await expect(store, "troops leaving", finds: [3])  // stems: leave / leaving
            try await expect(store, "secret draft", finds: [])  // the draft's title
            try await expect(store, "tomorrow", finds: [])  // scheduled
            try await expect(store, "about", finds: [])  // a page is not a post
        }
    }

    @Test("phrases keep words together; a trailing * matches beginnings", arguments: StoreUnderTest.all)
    func phrasesAndPrefixes(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            try await expect(store, "\"military relations\"", finds: [2])
            try await expect(store, "\"relations military\"", finds: [])
            try await expect(store, "\"seen from Beijing\"", finds: [4])  // a stopword inside a phrase
            try await expect(store, "\"Beijing seen\"", finds: [])
            try await expect(store, "waziri*", finds: [4])
            try await expect(store, "waziri", finds: [])
        }
    }

    @Test("a title match ranks above a body match; snippets mark the matched words", arguments: StoreUnderTest.all)
    func rankingAndSnippets(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            let hits = try await store.search(SearchQuery("beijing"), offset: 0, limit: 10)
            #expect(hits.map(\.postID) == [2, 4])
            #expect(hits[1].snippet.contains("\(SearchHit.markStart)Beijing."))
            #expect(hits[1].snippet.hasPrefix("Unmanned aircraft over Waziristan & beyond"))
            // What a result lists: the title, permalink, publication date and the clipped story's outlet.
            #expect(hits[0].title == "Gates visits Beijing")
            #expect(hits[0].path == "/2011/01/gates-visits-beijing.html")
            #expect(hits[0].date == Date(timeIntervalSince1970: 1_294_668_000))  // 2011-01-10 14:00 UTC
            #expect(hits[0].outlet == "Stars And Stripes")
            #expect(hits[1].outlet == nil)
            let paged = try await store.search(SearchQuery("beijing"), offset: 1, limit: 1)
            #expect(paged.map(\.postID) == [4])
        }
    }

    @Test(
        "a phrase with a stopword inside keeps its other words in order and in place", arguments: StoreUnderTest.all
    )
    func phraseOrder(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            var ids: [String: Int64] = [:]
            let texts = [
                "right": "Drones were seen from Beijing last week.",
                "reversed": "Beijing was seen as the winner.",
                "adjacent": "Officials seen Beijing talks as a success.",
                "other stopword": "Drones seen in Beijing, officials said.",
            ]
            for (name, text) in texts {
                let post = Post(
                    title: "Report", status: .published, publishedAt: Date(timeIntervalSince1970: 1_300_000_000),
                    commentary: text)
                ids[name] = try await store.createPost(post, timeZone: "UTC").id
            }
            let found = try await store.search(SearchQuery("\"seen from Beijing\""), offset: 0, limit: 20)
            // As PostgreSQL reads it: seen, one word, beijing.
            #expect(Set(found.map(\.postID)) == [ids["right"]!, ids["other stopword"]!])
            let paged = try await store.search(SearchQuery("\"seen from Beijing\""), offset: 1, limit: 20)
            #expect(paged.count == 1)
        }
    }

    @Test("a post without a title is listed by the start of its text", arguments: StoreUnderTest.all)
    func untitled(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            let post = Post(
                title: "", status: .published, publishedAt: Date(timeIntervalSince1970: 1_300_000_000),
                commentary: "Quick note: the convoy reached Kandahar before dawn, officials said.")
            let id = try await store.createPost(post, timeZone: "UTC").id
            let hits = try await store.search(SearchQuery("convoy"), offset: 0, limit: 5)
            #expect(hits.map(\.postID) == [id])
            #expect(hits.first?.title == TextSummary.cut(post.commentary, limit: 80))
            #expect(hits.first?.outlet == nil)
            #expect(hits.first?.snippet.contains("\(SearchHit.markStart)convoy\(SearchHit.markEnd)") == true)
        }
    }

    @Test(
        "a word in most posts filters but does not rank; with only such words, newest first",
        arguments: StoreUnderTest.all)
    func commonWords(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            // 450 posts, all with "bulletin"; every 50th with "ceasefire", which the 400th has in its title.
            let start = Date(timeIntervalSince1970: 1_300_000_000)
            var ids: [Int: Int64] = [:]
            for index in 1...450 {
                let rare = index % 50 == 0
                let post = Post(
                    title: index == 400 ? "Ceasefire holds" : "Report \(index)", status: .published,
                    publishedAt: start.addingTimeInterval(Double(index) * 3_600),
                    commentary: "Daily bulletin \(index)." + (rare ? " Talk of a ceasefire." : ""))
                ids[index] = try await store.createPost(post, timeZone: "UTC").id
            }
            func found(_ text: String) async throws -> [Int64] {
                try await store.search(SearchQuery(text), offset: 0, limit: 20).map(\.postID)
            }
            let both = try await found("bulletin ceasefire")
            #expect(both.count == 9)
            #expect(both.first == ids[400])  // the title match first, then the newest
            #expect(Array(both.dropFirst()) == [450, 350, 300, 250, 200, 150, 100, 50].map { ids[$0]! })
            #expect(try await found("bulletin") == (431...450).reversed().map { ids[$0]! })
            #expect(
                try await found("ceasefire bulletin report")
                    == [450, 350, 300, 250, 200, 150, 100, 50].map { ids[$0]! })
        }
    }

    @Test("hostile queries are answered, never passed through as syntax", arguments: StoreUnderTest.all)
    func hostile(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            let queries = [
                "\"", "\"\"\"", "AND OR NOT", "NEAR(troops iraq)", "title:iraq", "iraq^ (", "*", "-iraq",
                "'; DROP TABLE posts; --",
                "iraq OR drones", String(repeating: "iraq ", count: 2_000), String(repeating: "x", count: 10_000),
                "\u{E000}iraq\u{E001}", "&|!<->:*",
            ]
            for query in queries {
                _ = try await store.search(SearchQuery(query), offset: 0, limit: 20)
            }
            // Operators are plain words: "iraq OR drones" needs all three, and "or" is found nowhere.
            try await expect(store, "iraq OR drones", finds: [])
            try await expect(store, "title:iraq", finds: [])  // a column filter would have found post 3
            #expect(try await store.postCount() == 7)
        }
    }
}
