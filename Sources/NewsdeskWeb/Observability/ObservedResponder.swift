import Dispatch
import HTTPTypes
import Hummingbird
import Logging

/// The outermost responder: every request, cache hits included, gets an `X-Request-Id` on its response (the id
/// its log lines carry), one log line, and its count and time in the metrics.
///
/// The line names the route's pattern (`/{year}/{month}/{slug}`), not the query string, which can carry what a
/// log must not keep. Health probes are logged at debug, so an orchestrator polling them fills no log.
struct ObservedResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == NewsdeskRequestContext {
    let inner: Inner
    let trustedProxies: TrustedProxies
    let metrics: RequestMetrics

    func respond(to request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            var response = try await inner.respond(to: request, context: context)
            response.headers[.xRequestID] = context.id
            record(request, status: response.status, bytes: response.body.contentLength, since: started, context)
            return response
        } catch {
            // Errors the router's error page did not turn into a response (it catches the rest).
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            record(request, status: status, bytes: nil, since: started, context)
            throw error
        }
    }

    private func record(
        _ request: Request, status: HTTPResponse.Status, bytes: Int?, since started: UInt64,
        _ context: NewsdeskRequestContext
    ) {
        let nanoseconds = DispatchTime.now().uptimeNanoseconds &- started
        let route = context.endpointPath.map(RequestMetrics.routeLabel) ?? RequestMetrics.unmatchedRoute
        metrics.record(route: route, method: request.method, status: status, nanoseconds: nanoseconds)
        let level: Logger.Level = HealthPaths.isProbe(request.uri.path) ? .debug : .info
        guard context.logger.logLevel <= level else { return }
        let client = context.clientAddress(of: request, trustedProxies: trustedProxies)
        let milliseconds = Double(nanoseconds) / 1_000_000
        context.logger.log(
            level: level,
            "\(request.method) \(request.uri.path) \(status.code)",
            metadata: [
                "method": "\(request.method)", "route": "\(route)", "status": "\(status.code)",
                "bytes": bytes.map { "\($0)" } ?? "-", "duration_ms": "\(Self.rounded(milliseconds))",
                "client": "\(client)",
            ])
    }

    /// Milliseconds to three decimals, for a log line a person reads.
    private static func rounded(_ milliseconds: Double) -> Double {
        (milliseconds * 1000).rounded() / 1000
    }
}

extension HTTPField.Name {
    /// The id of the request, as its log lines carry it.
    static let xRequestID = HTTPField.Name("X-Request-Id")!
}
