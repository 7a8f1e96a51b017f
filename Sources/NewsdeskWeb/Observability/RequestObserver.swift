import Dispatch
import HTTPTypes
import Logging

/// One request's count and time in the metrics and its log line: the same for a request the router answers
/// (``ObservedResponder``) and a cache hit answered on the event loop before it (``CacheHitHandler``).
///
/// The line names the route's pattern (`/{year}/{month}/{slug}`), not the query string, which can carry what a
/// log must not keep. Health probes are logged at debug, so an orchestrator polling them fills no log.
struct RequestObserver: Sendable {
    let trustedProxies: TrustedProxies
    let metrics: RequestMetrics

    /// Counts the request and logs its line with `logger` (which carries the request's id); `client` is only
    /// worked out when the line is written.
    func record(
        method: HTTPRequest.Method, path: String, route: String, status: HTTPResponse.Status, bytes: Int?,
        since started: UInt64, logger: Logger, client: () -> String
    ) {
        let nanoseconds = DispatchTime.now().uptimeNanoseconds &- started
        metrics.record(route: route, method: method, status: status, nanoseconds: nanoseconds)
        let level: Logger.Level = HealthPaths.isProbe(path) ? .debug : .info
        guard logger.logLevel <= level else { return }
        let milliseconds = Double(nanoseconds) / 1_000_000
        logger.log(
            level: level,
            "\(method) \(path) \(status.code)",
            metadata: [
                "method": "\(method)", "route": "\(route)", "status": "\(status.code)",
                "bytes": bytes.map { "\($0)" } ?? "-", "duration_ms": "\(Self.rounded(milliseconds))",
                "client": "\(client())",
            ])
    }

    /// Milliseconds to three decimals, for a log line a person reads.
    private static func rounded(_ milliseconds: Double) -> Double {
        (milliseconds * 1000).rounded() / 1000
    }
}
