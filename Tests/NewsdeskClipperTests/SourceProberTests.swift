import NewsdeskCore
import Testing

@testable import NewsdeskClipper

@Suite("Probing a story's address on a real server")
struct SourceProberTests {
    @Test("each way a story lives, moves or dies gives its result and observation", arguments: StoryProbeCase.all)
    func probe(_ probeCase: StoryProbeCase) async throws {
        try await ClipTestServer.with(pages: StoryTestPages.add(to:)) { server in
            let result = await storyProber().probe(server.url(probeCase.path))
            #expect(result == probeCase.expected(on: server))
            #expect(SourceObservation(result) == probeCase.observation)
            #expect(server.methodsAndPaths == probeCase.expectedRequests)
            #expect(server.requests.withLock { $0.allSatisfy { $0.userAgent == StoryProbeCase.userAgent } })
        }
    }

    @Test("a story slower than the deadline is a timeout, a failure, within the deadline")
    func slow() async throws {
        try await ClipTestServer.with(pages: StoryTestPages.add(to:)) { server in
            let started = ContinuousClock.now
            let result = await storyProber(timeout: .seconds(1)).probe(server.url("/story/slow"))
            // The page takes 10 s; the margin is wide because the suite shares two cores.
            #expect(ContinuousClock.now - started < .seconds(9))
            #expect(result == SourceProbeResult(url: server.url("/story/slow"), failure: .timeout))
            #expect(SourceObservation(result) == .failure)
        }
    }

    @Test("a flapping story is down at one check and up at the next")
    func flapping() async throws {
        try await ClipTestServer.with(pages: StoryTestPages.add(to:)) { server in
            let url = server.url("/story/flapping")
            var observations: [SourceObservation] = []
            var statuses: [Int] = []
            for _ in 0..<3 {
                let result = await storyProber().probe(url)
                observations.append(SourceObservation(result))
                statuses.append(result.finalStatus)
            }
            #expect(statuses == [503, 200, 503])
            #expect(observations == [.failure, .ok, .failure])
        }
    }

    @Test("without the private-address setting, a story on this machine is refused before any request")
    func refusedWithoutSetting() async throws {
        try await ClipTestServer.with(pages: StoryTestPages.add(to:)) { server in
            let prober = SourceProber(policy: OutgoingPolicy(timeout: .seconds(30)), userAgent: "test")
            let result = await prober.probe(server.url("/story/frigate"))
            #expect(result == SourceProbeResult(url: server.url("/story/frigate"), failure: .refused))
            #expect(SourceObservation(result) == .blocked)
            #expect(server.paths.isEmpty)
        }
    }

    @Test("a host name that does not exist is not found; a closed port is unreachable")
    func noSite() async {
        let missing = await storyProber().probe("http://no-such-outlet.invalid/story")
        #expect(missing.failure == .nameNotFound)
        #expect(SourceObservation(missing) == .notFound)
        let closed = await storyProber().probe("http://127.0.0.1:1/story")
        #expect(closed == SourceProbeResult(url: "http://127.0.0.1:1/story", failure: .unreachable))
        #expect(SourceObservation(closed) == .failure)
    }
}
