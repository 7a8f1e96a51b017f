import Hummingbird

/// `/healthz` (the process serves) and `/readyz` (the database answers with the schema this server expects),
/// for load balancers and orchestrators: plain text, never cached, no database call for `/healthz`.
struct HealthController<Context: RequestContext>: Sendable {
    let probe: ReadinessProbe

    func addRoutes(to router: Router<Context>) {
        router.get(RouterPath(HealthPaths.liveness)) { _, _ in Self.plain(.ok, "ok") }
        router.get(RouterPath(HealthPaths.readiness)) { _, _ in
            switch await probe.check() {
            case .ready: return Self.plain(.ok, "ready")
            case .notReady(let reason): return Self.plain(.serviceUnavailable, "not ready: \(reason).")
            }
        }
    }

    private static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
    }
}

/// The probes' addresses, which the request log keeps at debug level.
enum HealthPaths {
    static let liveness = "/healthz"
    static let readiness = "/readyz"

    /// Whether `path` is one of the probes.
    static func isProbe(_ path: String) -> Bool {
        path == liveness || path == readiness
    }
}
