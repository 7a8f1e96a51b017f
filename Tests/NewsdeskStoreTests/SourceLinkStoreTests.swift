import Foundation
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import Testing

@Suite("The source checker's records: claims, verdicts, what readers see, the editor's decisions")
struct SourceLinkStoreTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let day: TimeInterval = 24 * 3600
    static let gates = "https://www.stripes.com/gates"

    static func notFound(_ url: String) -> SourceProbeResult { SourceProbeResult(url: url, finalStatus: 404) }

    /// Claims everything due at `now`, leased for an hour.
    static func claim(_ store: any NewsdeskStorage, at now: Date, limit: Int = 10) async throws -> [SourceLink] {
        try await store.claimSourcesDue(
            checkedBefore: now.addingTimeInterval(-day / 2), limit: limit, now: now,
            leaseUntil: now.addingTimeInterval(3600))
    }

    @Test(
        "each published post's source is claimed once until it is checked, never-checked first",
        arguments: StoreUnderTest.all)
    func claims(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            let first = try await Self.claim(store, at: Self.start, limit: 2)
            let second = try await Self.claim(store, at: Self.start, limit: 2)
            #expect(first.count == 2 && second.count == 1)
            let urls = Set((first + second).map(\.url))
            #expect(urls == ["https://www.reuters.com/review", Self.gates, "https://www.reuters.com/iraq"])
            #expect(try await Self.claim(store, at: Self.start).isEmpty)
            for link in first + second {
                try await store.recordSourceCheck(
                    linkID: link.id, result: SourceProbeResult(url: link.url, finalStatus: 200), at: Self.start)
            }
            // Checked: not due until the interval has passed, claims or not.
            #expect(try await Self.claim(store, at: Self.start.addingTimeInterval(3600)).isEmpty)
            let gates = try #require((first + second).first { $0.url == Self.gates })
            try await store.requestSourceCheck(linkID: gates.id)
            #expect(try await Self.claim(store, at: Self.start.addingTimeInterval(3600)).map(\.url) == [Self.gates])
            // The claim on the re-checked address ran out unanswered (a server died mid-run): it is due again.
            #expect(try await Self.claim(store, at: Self.start.addingTimeInterval(Self.day)).count == 3)
        }
    }

    @Test("two claimers at once never share an address", arguments: StoreUnderTest.all)
    func concurrentClaims(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            async let one = Self.claim(store, at: Self.start, limit: 2)
            async let two = Self.claim(store, at: Self.start, limit: 2)
            let (a, b) = try await (one, two)
            #expect(Set(a.map(\.id)).isDisjoint(with: b.map(\.id)))
            #expect(a.count + b.count == 3)
        }
    }

    @Test("two 404s a day apart make a source gone: its post offers readers the archive", arguments: StoreUnderTest.all)
    func goneSource(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            let link = try #require(try await Self.claim(store, at: Self.start).first { $0.url == Self.gates })
            let first = try await store.recordSourceCheck(
                linkID: link.id, result: Self.notFound(Self.gates), at: Self.start)
            #expect(first.verdict == .failing && first.consecutiveFailures == 1)
            #expect(try await store.post(id: 2)?.clipping?.standing == nil)
            let generation = try await store.changeGeneration()
            let second = try await store.recordSourceCheck(
                linkID: link.id, result: Self.notFound(Self.gates), at: Self.start.addingTimeInterval(Self.day))
            #expect(second.verdict == .gone && second.consecutiveFailures == 2)
            #expect(second.brokenSince.map { abs($0.timeIntervalSince(Self.start)) < 0.01 } == true)
            #expect(try await store.post(id: 2)?.clipping?.standing == .broken)
            let touched = try await store.changes(after: generation, limit: 10).entries?.map(\.change)
            #expect(touched == [.post(id: 2)])
            #expect(try await store.problemSourceCount() == 1)
            let checks = try await store.sourceChecks(linkID: link.id, limit: 10)
            #expect(checks.map(\.verdict) == [.gone, .failing])
            let reports = try await store.sourceReports(onlyProblems: true, limit: 10)
            #expect(reports.map(\.link.url) == [Self.gates])
            #expect(reports.first?.posts.map(\.id) == [2])
            #expect(try await store.sourceReport(linkID: link.id) == reports.first)
            #expect(try await store.sourceReport(linkID: 9_999) == nil)
            try await store.setSourceDecision(linkID: link.id, .keep)
            #expect(try await store.post(id: 2)?.clipping?.standing == nil)
            #expect(try await store.problemSourceCount() == 0)
        }
    }

    @Test("accepting a move rewrites every post citing the old address", arguments: StoreUnderTest.all)
    func acceptMove(subject: StoreUnderTest) async throws {
        try await subject.withNewsroomStorage { store in
            let link = try #require(try await Self.claim(store, at: Self.start).first { $0.url == Self.gates })
            let moved = SourceProbeResult(
                url: Self.gates,
                redirects: [.init(status: 301, location: "https://www.stripes.com/news/gates-beijing")],
                finalStatus: 200)
            let after = try await store.recordSourceCheck(linkID: link.id, result: moved, at: Self.start)
            #expect(after.verdict == .moved)
            #expect(
                try await store.post(id: 2)?.clipping?.standing
                    == .moved(to: "https://www.stripes.com/news/gates-beijing"))
            #expect(try await store.replaceSourceAddress(linkID: link.id, with: after.finalURL ?? "") == [2])
            let post = try await store.post(id: 2)
            #expect(post?.clipping?.sourceURL == "https://www.stripes.com/news/gates-beijing")
            #expect(post?.clipping?.standing == nil)
            #expect(try await store.problemSourceCount() == 0)
        }
    }

    @Test("an archive carries the checker's records, and restores them byte for byte", arguments: StoreUnderTest.all)
    func archiveRoundTrip(subject: StoreUnderTest) async throws {
        let exported = try await subject.withStorage { store in
            _ = try await store.importArchive(NewsroomArchive.archive, options: .init()) { _, _ in }
            for (offset, link) in try await Self.claim(store, at: Self.start).enumerated() {
                try await store.recordSourceCheck(
                    linkID: link.id,
                    result: offset == 0 ? Self.notFound(link.url) : SourceProbeResult(url: link.url, finalStatus: 503),
                    at: Self.start)
            }
            try await store.recordArchiveSave(url: Self.gates, status: 200, at: Self.start)
            return try await store.exportArchive()
        }
        #expect(exported.sources.count == 3)
        #expect(exported.sources.allSatisfy { $0.checks.count == 1 && $0.verdict == .failing })
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let bytes = try encoder.encode(exported)
        let again = try await subject.withStorage { store in
            _ = try await store.importArchive(
                try decoder.decode(BlogArchive.self, from: bytes), options: .init(requiresEmptyBlog: true)
            ) { _, _ in }
            return try await store.exportArchive()
        }
        #expect(try encoder.encode(again) == bytes)
    }
}
