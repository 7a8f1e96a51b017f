import Hummingbird
import Metrics
import Synchronization

/// Requests counted by route pattern, method and status class, and their time to answer, by route pattern.
///
/// Every label takes few values whatever clients send (an unknown method is `other`, an unknown path
/// `unmatched`), so the metrics cannot be made to grow without bound.
final class RequestMetrics: Sendable {
    /// Requests answered, by `route`, `method` and `status` (`2xx` … `5xx`).
    static let requests = "newsdesk_http_requests_total"
    /// Seconds from the request's head to the response's head, by `route`.
    static let duration = "newsdesk_http_request_duration_seconds"
    /// The route of a request no route matched (a 404).
    static let unmatchedRoute = "unmatched"

    /// The histogram's buckets: cached pages answer in well under a millisecond, a page rendered from the
    /// database in a few, an outage's 503 after up to 2 s.
    static let durationBuckets: [Duration] = [
        .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5), .milliseconds(5),
        .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
        .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    /// The counter and timer of each route, method and status class, made once: making them for every request
    /// (the dimensions' array, the status class's text, the factory's lookup) was 2.5% of a cache hit in `perf`.
    /// Bounded, as the labels are.
    private let handles = Mutex<[HandleKey: Handles]>([:])

    func record(route: String, method: HTTPRequest.Method, status: HTTPResponse.Status, nanoseconds: UInt64) {
        let key = HandleKey(
            route: route, method: Self.methodLabel(method), statusClass: min(max(status.code / 100, 1), 5))
        let made = handles.withLock { $0[key] } ?? makeHandles(key)
        made.requests.increment()
        made.duration.recordNanoseconds(Int64(clamping: nanoseconds))
    }

    /// How many counter and timer pairs are kept.
    var handleCount: Int { handles.withLock { $0.count } }

    private func makeHandles(_ key: HandleKey) -> Handles {
        let made = Handles(
            requests: Counter(
                label: Self.requests,
                dimensions: [
                    ("route", key.route), ("method", key.method), ("status", "\(key.statusClass)xx"),
                ]),
            duration: Timer(label: Self.duration, dimensions: [("route", key.route)]))
        handles.withLock { $0[key] = made }
        return made
    }

    private struct HandleKey: Hashable {
        let route: String
        /// The method's label: `other` for any unknown method, so that clients cannot grow the table.
        let method: String
        let statusClass: Int
    }

    private struct Handles: Sendable {
        let requests: Counter
        let duration: Timer
    }

    /// The router's name for a route; files from the theme are one route, and Hummingbird's name for
    /// "no route matched" is `unmatched`.
    static func routeLabel(_ endpointPath: String) -> String {
        switch endpointPath {
        case "FileMiddleware": "/static/*"
        case "NotFound": unmatchedRoute
        default: endpointPath
        }
    }

    private static let knownMethods: Set<HTTPRequest.Method> = [.get, .head, .post, .put, .delete, .patch, .options]

    private static func methodLabel(_ method: HTTPRequest.Method) -> String {
        knownMethods.contains(method) ? method.rawValue : "other"
    }
}
