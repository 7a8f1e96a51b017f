import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("Listings, counts, feeds and the sitemap in the store, in memory, on SQLite and PostgreSQL")
struct DiscoveryStoreTests {
    @Test("labels and outlets are counted over published posts only", arguments: StoreUnderTest.all)
    func counts(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            let labels = try await store.labelCounts()
            let outlets = try await store.outletCounts()
            #expect(
                labels == [
                    LabelCount(label: "Afghanistan", count: 2), LabelCount(label: "China", count: 1),
                    LabelCount(label: "Defense Secretary Gates", count: 1), LabelCount(label: "Drones", count: 1),
                    LabelCount(label: "Iraq", count: 1),
                ])
            #expect(
                outlets == [
                    OutletCount(outlet: "Reuters", count: 2), OutletCount(outlet: "Stars And Stripes", count: 1),
                ])
            let archive = try await store.archiveCalendar(in: TimeZone(identifier: "America/New_York")!)
            let pages = try await store.publishedPages()
            // The post of 04:30 UTC on January 1, 2011 is still December 31 in New York.
            #expect(archive.years.map(\.year) == [2011, 2010])
            #expect(archive.years[0].months.map { "\($0.name) \($0.count)" } == ["February 1", "January 2"])
            #expect(archive.years[1].months.map { "\($0.name) \($0.count)" } == ["December 1"])
            #expect(pages.map(\.title) == ["About"])
        }
    }

    @Test("listings filter by label, outlet and period, newest first", arguments: StoreUnderTest.all)
    func listings(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            func ids(_ filter: PostFilter, offset: Int = 0, limit: Int = 10) async throws -> [Int64] {
                try await store.publishedPosts(filter, offset: offset, limit: limit).compactMap(\.id)
            }
            #expect(try await ids(.all) == [4, 3, 2, 1])
            #expect(try await ids(.all, offset: 1, limit: 2) == [3, 2])
            // LIMIT and OFFSET are written into the statement as numbers: out-of-range ones still read as 0.
            #expect(try await ids(.all, offset: -5, limit: 1) == [4])
            #expect(try await ids(.all, offset: 3, limit: 5) == [1])
            #expect(try await ids(.all, limit: -1) == [])
            #expect(try await ids(.label("Afghanistan")) == [4, 1])
            #expect(try await ids(.label("Drones")) == [4])
            #expect(try await ids(.label("afghanistan")) == [])
            #expect(try await ids(.outlet("Reuters")) == [3, 1])
            let newYork = try #require(TimeZone(identifier: "America/New_York"))
            let january = try #require(ArchiveCalendar.period(year: 2011, month: 1, timeZone: newYork))
            #expect(try await ids(.period(start: january.start, end: january.end)) == [3, 2])
            let utc = try #require(ArchiveCalendar.period(year: 2011, month: 1, timeZone: .gmt))
            #expect(try await ids(.period(start: utc.start, end: utc.end)) == [3, 2, 1])
        }
    }

    @Test("the comment feed holds published comments on published posts", arguments: StoreUnderTest.all)
    func commentFeed(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            let all = try await store.publishedComments(onPost: nil, offset: 0, limit: 10)
            #expect(all.map(\.comment.body) == ["Finally <b>home</b>", "Great analysis"])
            #expect(all.last?.postPath == "/2011/01/gates-visits-beijing.html")
            #expect(
                try await store.publishedComments(onPost: 2, offset: 0, limit: 10).map(\.comment.body) == [
                    "Great analysis"
                ])
            #expect(
                try await store.publishedComments(onPost: nil, offset: 1, limit: 1).map(\.comment.body) == [
                    "Great analysis"
                ])
            #expect(try await store.publishedComments(onPost: 5, offset: 0, limit: 10).isEmpty)
        }
    }

    @Test(
        "the sitemap lists published posts and pages; old Blogger ids find their posts",
        arguments: StoreUnderTest.all)
    func sitemapAndSourceIDs(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            let paths = try await store.sitemapEntries().map(\.path)
            #expect(
                Set(paths) == [
                    "/2010/12/year-end-review.html", "/2011/01/gates-visits-beijing.html",
                    "/2011/01/iraq-withdrawal.html",
                    "/2011/02/notes-on-drones.html", "/p/about.html",
                ])
            #expect(try await store.postID(sourceKeySuffix: ".post-8245519123456789012") == 1)
            #expect(try await store.postID(sourceKeySuffix: ".post-8245519123456789013") == nil)
            #expect(try await store.postID(sourceKeySuffix: "%") == nil)
        }
    }

    @Test(
        "the archive counts a blog whose dates span millennia", arguments: StoreUnderTest.all
    )
    func archiveAcrossCenturies(subject: StoreUnderTest) async throws {
        try await subject.withStorage { store in
            // An import with a wrong year: January 2011 to June 9000 is 83,874 months, too many to count a month
            // at a time; the posts' times are read instead.
            for (title, seconds) in [("Right year", 1_295_000_000.0), ("Wrong year", 221_859_648_000.0)] {
                let post = Post(title: title, status: .published, publishedAt: Date(timeIntervalSince1970: seconds))
                _ = try await store.createPost(post, timeZone: "UTC")
            }
            let archive = try await store.archiveCalendar(in: TimeZone(identifier: "UTC")!)
            #expect(archive.years.map(\.year) == [9000, 2011])
            #expect(archive.years.flatMap(\.months).map(\.path) == ["/9000/06/", "/2011/01/"])
        }
    }
}
