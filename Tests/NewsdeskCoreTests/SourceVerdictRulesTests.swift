import Foundation
import NewsdeskCore
import Testing

@Suite("The source checker's verdict rules")
struct SourceVerdictRulesTests {
    private let start = Date(timeIntervalSince1970: 1_700_000_000)

    /// The verdict after each of `observations`, made `days` after the start.
    private func verdicts(_ observations: [(days: Double, SourceObservation)]) -> [SourceVerdict] {
        var sightings: [Sighting] = []
        return observations.map { days, observation in
            sightings.append(Sighting(at: start.addingTimeInterval(days * 24 * 3600), observation: observation))
            return SourceVerdictRules.verdict(sightings)
        }
    }

    @Test("other failures make a story gone only on the third, each a week after the one before")
    func threeStrikes() {
        #expect(verdicts([(0, .failure), (7, .failure), (14, .failure)]) == [.failing, .failing, .gone])
        // Six days and 23 hours is not a week: the third strike waits.
        #expect(verdicts([(0, .failure), (7, .failure), (13.99, .failure)]).last == .failing)
        // Failing every day for a fortnight is three strikes only on day 14.
        let daily = verdicts((0...14).map { (Double($0), .failure) })
        #expect(daily.firstIndex(of: .gone) == 14)
    }

    @Test("a single 5xx or timeout is never enough, however long ago the story last worked")
    func singleFailure() {
        #expect(verdicts([(0, .ok), (400, .failure)]) == [.ok, .failing])
        #expect(verdicts([(0, .failure)]) == [.failing])
    }

    @Test("404 twice a day apart is gone; twice within the day is not yet")
    func notFoundTwice() {
        #expect(verdicts([(0, .notFound), (0.5, .notFound), (1, .notFound)]) == [.failing, .failing, .gone])
        #expect(verdicts([(0, .notFound), (2, .notFound)]) == [.failing, .gone])
    }

    @Test("410 is gone at once")
    func goneAtOnce() {
        #expect(verdicts([(0, .ok), (1, .gone)]) == [.ok, .gone])
    }

    @Test("a soft 404 needs two sightings a day apart")
    func softNotFound() {
        #expect(
            verdicts([(0, .softNotFound), (0.5, .softNotFound), (1, .softNotFound)]) == [.failing, .failing, .soft404])
    }

    @Test("working again starts the count afresh")
    func backToOK() {
        let history: [(days: Double, SourceObservation)] = [
            (0, .failure), (7, .failure), (8, .ok), (14, .failure), (21, .failure),
        ]
        #expect(verdicts(history) == [.failing, .failing, .ok, .failing, .failing])
        #expect(verdicts([(0, .notFound), (1, .ok), (2, .notFound)]).last == .failing)
    }

    @Test("blocked and moved are said at once and are not failures")
    func blockedAndMoved() {
        #expect(verdicts([(0, .failure), (7, .blocked)]) == [.failing, .blocked])
        #expect(verdicts([(0, .moved)]) == [.moved])
        #expect(SourceVerdictRules.verdict([]) == .unchecked)
    }

    @Test("a link's record follows its checks: failures in a row and when the run of them began")
    func linkRecord() {
        var link = SourceLink(id: 1, url: "https://news.example/story")
        var checks: [SourceCheck] = []
        let results = [
            (0.0, SourceProbeResult(url: link.url, finalStatus: 503)),
            (7.0, SourceProbeResult(url: link.url, failure: .timeout)),
            (14.0, SourceProbeResult(url: link.url, finalStatus: 500)),
        ]
        for (days, result) in results {
            let check = SourceCheck(result: result, at: start.addingTimeInterval(days * 24 * 3600), after: checks)
            link = link.updated(by: check, after: checks)
            checks.append(check)
        }
        #expect(checks.map(\.verdict) == [.failing, .failing, .gone])
        #expect(link.verdict == .gone)
        #expect(link.consecutiveFailures == 3)
        #expect(link.brokenSince == start)
        #expect(link.standing == .broken)
        let recovered = SourceCheck(
            result: SourceProbeResult(url: link.url, finalStatus: 200), at: start.addingTimeInterval(30 * 24 * 3600),
            after: checks)
        let working = link.updated(by: recovered, after: checks)
        #expect(working.verdict == .ok)
        #expect(working.consecutiveFailures == 0)
        #expect(working.brokenSince == nil)
        #expect(working.standing == nil)
    }
}
