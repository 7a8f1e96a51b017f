import Foundation
import NewsdeskCore

/// One run of the source checker: claims the addresses that are due, asks each whether its story is still
/// there, and records what it saw, from which the store works out each address's verdict.
///
/// `newsdesk sources check` runs one; every server runs one on its slow timer. The claim keeps servers
/// sharing a database from checking the same address in one run. Outlets are asked one request at a time
/// each (addresses are grouped by host), a few outlets at once, so a run never hammers one site.
public struct SourceCheckRun: Sendable {
    /// Where the addresses, their claims and their histories are kept.
    public var store: any SourceLinkStore
    /// Asks the addresses.
    public var prober: SourceProber
    /// The most addresses checked in one run.
    public var limit: Int
    /// How long an address checked is left alone before it is due again.
    public var recheckAfter: TimeInterval
    /// How long the claim on the run's addresses lasts; longer than the run takes, so that no other server
    /// starts on them meanwhile, and short enough that a run that died is retried soon.
    public var lease: TimeInterval
    /// How many outlets are asked at once.
    public var parallelHosts: Int
    /// The time now; tests set it to show rules that span weeks.
    public var now: @Sendable () -> Date

    /// A run of up to `limit` addresses not checked for `recheckAfter`, with `prober`'s requests.
    public init(
        store: any SourceLinkStore, prober: SourceProber, limit: Int = 100, recheckAfter: TimeInterval = 24 * 3600,
        lease: TimeInterval = 3600, parallelHosts: Int = 4, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.store = store
        self.prober = prober
        self.limit = limit
        self.recheckAfter = recheckAfter
        self.lease = lease
        self.parallelHosts = max(1, parallelHosts)
        self.now = now
    }

    /// Claims the due addresses, checks and records each (calling `onChecked` as each is recorded, in the
    /// order they finish), and returns what was found, in the order they were claimed. A store error ends
    /// the run; the addresses not recorded are retried when their claim lapses.
    public func run(
        onChecked: @escaping @Sendable (SourceCheckOutcome) -> Void = { _ in }
    ) async throws -> SourceCheckSummary {
        let start = now()
        let due = try await store.claimSourcesDue(
            checkedBefore: start.addingTimeInterval(-recheckAfter), limit: limit, now: start,
            leaseUntil: start.addingTimeInterval(lease))
        var queue = Self.byHost(due)[...]
        var outcomes: [(index: Int, outcome: SourceCheckOutcome)] = []
        try await withThrowingTaskGroup(of: [(index: Int, outcome: SourceCheckOutcome)].self) { group in
            func startNext() {
                guard let links = queue.popFirst() else { return }
                group.addTask { try await check(links, onChecked: onChecked) }
            }
            for _ in 0..<parallelHosts { startNext() }
            while let finished = try await group.next() {
                outcomes += finished
                startNext()
            }
        }
        return SourceCheckSummary(outcomes: outcomes.sorted { $0.index < $1.index }.map(\.outcome))
    }

    /// One outlet's addresses, one after another.
    private func check(
        _ links: [(index: Int, link: SourceLink)], onChecked: @Sendable (SourceCheckOutcome) -> Void
    ) async throws -> [(index: Int, outcome: SourceCheckOutcome)] {
        var outcomes: [(index: Int, outcome: SourceCheckOutcome)] = []
        for (index, link) in links {
            let result = await prober.probe(link.url)
            let recorded = try await store.recordSourceCheck(linkID: link.id, result: result, at: now())
            let outcome = SourceCheckOutcome(link: recorded, result: result)
            onChecked(outcome)
            outcomes.append((index, outcome))
        }
        return outcomes
    }

    /// `links` grouped by host (without `www.`, as one outlet serves both), each with its place in the claim,
    /// hosts in the order they first appear.
    static func byHost(_ links: [SourceLink]) -> [[(index: Int, link: SourceLink)]] {
        var groups: [[(index: Int, link: SourceLink)]] = []
        var groupOfHost: [String: Int] = [:]
        for (index, link) in links.enumerated() {
            let host = StoryAddress(link.url)?.host ?? link.url
            if let group = groupOfHost[host] {
                groups[group].append((index, link))
            } else {
                groupOfHost[host] = groups.count
                groups.append([(index, link)])
            }
        }
        return groups
    }
}
