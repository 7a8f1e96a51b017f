import Hummingbird
import Logging
import Metrics
import NewsdeskStore
import Prometheus

/// The metrics listener: `GET /metrics` in Prometheus' text format, on an address of its own, so the blog's
/// public port never shows them.
public enum MetricsEndpoint {
    /// Makes swift-metrics count into a new Prometheus registry, with buckets fit for what Newsdesk measures,
    /// and returns the registry. Once per process, before the server is built.
    public static func bootstrap() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets = [
            RequestMetrics.duration: RequestMetrics.durationBuckets,
            StoreMetrics.poolWait: RequestMetrics.durationBuckets,
        ]
        factory.valueHistogramBuckets = [StoreMetrics.batchSize: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]]
        MetricsSystem.bootstrap(factory)
        return registry
    }

    /// The listener's application, for the same service group as the blog's.
    public static func application(
        host: String, port: Int, registry: PrometheusCollectorRegistry, logger: Logger
    ) -> some ApplicationProtocol {
        let router = Router()
        router.get("/metrics") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        return Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: nil), logger: logger)
    }
}
