import Dispatch
import HTTPTypes
import Logging

/// One request's count and time in the metrics and its log line: the same for a request the router answers
/// (``ObservedResponder``) and a cache hit answered on the event loop before it (``CacheHitHandler``,
/// ``RawHitHandler``).
///
/// The line names the route's pattern (`/{year}/{month}/{slug}`), not the query string, which can carry what a
/// log must not keep. Health probes are logged at debug, so an orchestrator polling them fills no log.
struct RequestObserver: Sendable {
    let trustedProxies: TrustedProxies
    let metrics: RequestMetrics
    /// Takes the lines instead of swift-log, when the server's log handler can (``RequestLogLine``).
    var lineWriter: RequestLogLine.Writer? = nil

    /// Counts the request and logs its line with `logger` at its level; `requestID` names the request and
    /// `client` is only worked out when the line is written.
    func record(
        method: HTTPRequest.Method, path: String, route: String, status: HTTPResponse.Status, bytes: Int?,
        since started: UInt64, requestID: String, logger: Logger, client: () -> String
    ) {
        let nanoseconds = DispatchTime.now().uptimeNanoseconds &- started
        metrics.record(route: route, method: method, status: status, nanoseconds: nanoseconds)
        let level: Logger.Level = HealthPaths.isProbe(path) ? .debug : .info
        guard logger.logLevel <= level else { return }
        let line = RequestLogLine(
            level: level, method: method.rawValue, path: path, route: route, status: status.code, bytes: bytes,
            microseconds: Int((nanoseconds &+ 500) / 1000), client: client(), requestID: requestID)
        if let lineWriter { return lineWriter(line) }
        var requestLogger = logger
        requestLogger[metadataKey: "hb.request.id"] = .string(requestID)
        requestLogger.log(level: level, "\(line.message)", metadata: line.metadata)
    }
}
