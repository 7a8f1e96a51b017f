import Foundation
import Logging
import Metrics
import NewsdeskClipper
import NewsdeskCore
import ServiceLifecycle

/// Checks clipped stories' addresses on a slow timer: a run of up to `schedule.limit` addresses not checked
/// for `schedule.interval`, every `schedule.cadence`. Several servers on one database may all run it; the
/// store's claims keep any two from checking one address in a run.
struct SourceCheckService: Service {
    let store: any SourceLinkStore
    let reader: SiteReader
    let schedule: SourceCheckSchedule
    let allowPrivateOutgoing: Bool
    let logger: Logger

    /// Addresses this server checked, by the verdict they stood at after the check.
    static let checkedMetric = "newsdesk_source_checks_total"
    /// The longest one request of a check may take.
    static let requestTimeout: Duration = .seconds(10)

    func run() async throws {
        guard let interval = schedule.interval, let cadence = schedule.cadence else { return }
        try await cancelWhenGracefulShutdown { try await poll(interval: interval, cadence: cadence) }
    }

    private func poll(interval: Duration, cadence: Duration) async throws {
        // Not at the very start: a restart of every server at once should not all begin with outgoing requests.
        guard (try? await Task.sleep(for: min(cadence, .seconds(10)))) != nil else { return }
        while !Task.isCancelled {
            do {
                let summary = try await checkRun(interval: interval).run()
                if summary.checked > 0 { logger.info("\(summary.description)") }
                for outcome in summary.outcomes {
                    Counter(label: Self.checkedMetric, dimensions: [("verdict", outcome.link.verdict.rawValue)])
                        .increment()
                }
            } catch is CancellationError {
                return
            } catch {
                // The database may not answer (an outage); the claims lapse and the next round tries again.
                logger.warning("The source check could not finish: \(String(describing: error))")
            }
            guard (try? await Task.sleep(for: cadence)) != nil else { return }
        }
    }

    /// One run, with a prober that names the blog in its `User-Agent`.
    func checkRun(interval: Duration) async throws -> SourceCheckRun {
        let blog = try await reader.blog()
        let policy = OutgoingPolicy(timeout: Self.requestTimeout, allowPrivateAddresses: allowPrivateOutgoing)
        let prober = SourceProber(
            policy: policy, userAgent: SourceProber.userAgent(blogURL: reader.baseURL(for: blog)))
        let seconds = TimeInterval(interval.components.seconds)
        // Long enough for the worst run (every address at one outlet, HEAD and GET each timing out).
        let lease = 300 + TimeInterval(schedule.limit) * 2 * TimeInterval(Self.requestTimeout.components.seconds)
        return SourceCheckRun(store: store, prober: prober, limit: schedule.limit, recheckAfter: seconds, lease: lease)
    }
}
