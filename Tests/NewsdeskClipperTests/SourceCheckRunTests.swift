import Foundation
import NewsdeskCore
import NewsdeskTestSupport
import Synchronization
import Testing

@testable import NewsdeskClipper

@Suite("A source check run against the in-memory store and a real story server")
struct SourceCheckRunTests {
    /// A clock the test moves by hand.
    private final class Clock: Sendable {
        let date = Mutex(Date(timeIntervalSince1970: 1_700_000_000))
        func advance(days: Double) { date.withLock { $0 = $0.addingTimeInterval(days * 86_400) } }
        var now: Date { date.withLock { $0 } }
    }

    /// A published post citing each of `paths` on `server`.
    private func publish(_ paths: [String], on server: ClipTestServer, in store: InMemoryStore) async throws {
        for (number, path) in paths.enumerated() {
            let clipping = Clipping(
                sourceURL: server.url(path), headline: "Headline \(number)", outlet: "The Harbour Times",
                excerptParagraphs: ["A paragraph."])
            _ = try await store.createPost(
                Post(
                    title: "Post \(number)", status: .published,
                    publishedAt: Date(timeIntervalSince1970: 1_300_000_000 + Double(number) * 86_400),
                    clipping: clipping, commentary: "Mine."),
                timeZone: "UTC")
        }
    }

    @Test("three 503s a week apart make a story gone; a single one, between working checks, does not")
    func threeStrikes() async throws {
        try await ClipTestServer.with(pages: StoryTestPages.add(to:)) { server in
            let store = InMemoryStore()
            let paths = ["/story/frigate", "/story/down", "/story/flapping", "/story/gone", "/story/old-frigate"]
            try await publish(paths, on: server, in: store)
            let clock = Clock()
            let run = SourceCheckRun(store: store, prober: storyProber(), now: { clock.now })
            var verdicts: [String: [SourceVerdict]] = [:]
            var descriptions: [String] = []
            for day in [0.0, 7, 7] {
                clock.advance(days: day)
                let summary = try await run.run()
                descriptions.append(summary.description)
                for outcome in summary.outcomes {
                    verdicts[String(outcome.link.url.dropFirst(server.url("").count)), default: []].append(
                        outcome.link.verdict)
                }
            }
            #expect(verdicts["/story/down"] == [.failing, .failing, .gone])
            #expect(verdicts["/story/flapping"] == [.failing, .ok, .failing])
            #expect(verdicts["/story/frigate"] == [.ok, .ok, .ok])
            #expect(verdicts["/story/gone"] == [.gone, .gone, .gone])
            #expect(verdicts["/story/old-frigate"] == [.moved, .moved, .moved])
            #expect(descriptions.first == "Checked 5 source addresses: 1 ok, 1 moved, 1 gone, 2 failing.")
            #expect(descriptions.last == "Checked 5 source addresses: 1 ok, 1 moved, 2 gone, 1 failing.")
            // One outlet: its addresses were asked one request at a time.
            #expect(server.mostAtOnce == 1)
            let reports = try await store.sourceReports(onlyProblems: true, limit: 10)
            let down = try #require(reports.first { $0.link.url == server.url("/story/down") })
            #expect(down.link.consecutiveFailures == 3)
            #expect(down.link.brokenSince == Date(timeIntervalSince1970: 1_700_000_000))
            #expect(try await store.sourceChecks(linkID: down.link.id, limit: 10).map(\.status) == [503, 503, 503])
        }
    }

    @Test("an address checked within the interval is not due; each outcome reads as a sentence")
    func notDueAndLines() async throws {
        try await ClipTestServer.with(pages: StoryTestPages.add(to:)) { server in
            let store = InMemoryStore()
            try await publish(["/story/gone", "/story/soft"], on: server, in: store)
            let clock = Clock()
            let run = SourceCheckRun(store: store, prober: storyProber(), now: { clock.now })
            let lines = Mutex<[String]>([])
            let first = try await run.run { outcome in lines.withLock { $0.append(outcome.description) } }
            #expect(first.checked == 2)
            #expect(
                lines.withLock { $0.sorted() } == [
                    "\(server.url("/story/gone")): gone; it answered 410 Gone.",
                    "\(server.url("/story/soft")): failing (not yet called gone); it answered 200 OK titled "
                        + "“\(StoryTestPages.notFoundTitle)”.",
                ])
            clock.advance(days: 0.5)
            let second = try await run.run()
            #expect(second.checked == 0)
            #expect(second.description == "No source addresses were due for a check.")
            clock.advance(days: 0.5)
            let third = try await run.run()
            #expect(third.counts == [.gone: 1, .soft404: 1])
            #expect(third.description == "Checked 2 source addresses: 1 gone, 1 soft 404.")
        }
    }

    @Test("addresses are grouped by outlet, www. or not, in the order they were claimed")
    func byHost() {
        let links = [
            "https://www.a.example/1", "https://b.example/1", "https://a.example/2", "not an address",
        ].enumerated().map { SourceLink(id: Int64($0.offset), url: $0.element) }
        let groups = SourceCheckRun.byHost(links).map { $0.map(\.index) }
        #expect(groups == [[0, 2], [1], [3]])
    }
}
