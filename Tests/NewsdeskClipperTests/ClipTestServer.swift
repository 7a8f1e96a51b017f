import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A real HTTP server on 127.0.0.1 at a random port, serving the pages of `ClipTestPages` (or others) and
/// keeping the method, path and `User-Agent` of every request it gets, so tests can tell that a refused fetch
/// never arrived.
final class ClipTestServer: Sendable {
    /// Each request's path, `User-Agent` and method, in order.
    let requests = Mutex<[(path: String, userAgent: String, method: String)]>([])
    private let portBox = Mutex(0)
    /// Requests being answered now, and the most there ever were at once.
    private let concurrency = Mutex((now: 0, most: 0))

    /// The most requests the server was answering at once.
    var mostAtOnce: Int { concurrency.withLock { $0.most } }

    /// The port the server listens on.
    var port: Int { portBox.withLock { $0 } }

    /// The server's address for `path`.
    func url(_ path: String) -> String {
        "http://127.0.0.1:\(port)\(path)"
    }

    /// The paths requested so far.
    var paths: [String] { requests.withLock { $0.map(\.path) } }

    /// Each request as "METHOD /path", in order.
    var methodsAndPaths: [String] { requests.withLock { $0.map { "\($0.method) \($0.path)" } } }

    /// Runs `body` while the server answers the routes `pages` adds, then stops it.
    static func with(
        pages: (Router<BasicRequestContext>) -> Void = ClipTestPages.add(to:),
        _ body: @Sendable (ClipTestServer) async throws -> Void
    ) async throws {
        let server = ClipTestServer()
        // HEAD answered as GET without the body, as real web servers do.
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: Recorder(server: server))
        pages(router)
        var logger = Logger(label: "clip-test-server")
        logger.logLevel = .critical
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            var iterator = ports.makeAsyncIterator()
            let port = await iterator.next() ?? 0
            server.portBox.withLock { $0 = port }
            try await body(server)
            group.cancelAll()
        }
    }

    private struct Recorder<Context: RequestContext>: RouterMiddleware {
        let server: ClipTestServer

        func handle(
            _ request: Request, context: Context, next: (Request, Context) async throws -> Response
        ) async throws -> Response {
            server.requests.withLock {
                $0.append((request.uri.path, request.headers[.userAgent] ?? "", request.method.rawValue))
            }
            server.concurrency.withLock {
                $0.now += 1
                $0.most = max($0.most, $0.now)
            }
            defer { server.concurrency.withLock { $0.now -= 1 } }
            return try await next(request, context)
        }
    }
}
