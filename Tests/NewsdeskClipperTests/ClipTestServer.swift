import Hummingbird
import Logging
import NIOCore
import Synchronization

/// A real HTTP server on 127.0.0.1 at a random port, serving the pages of `ClipTestPages` and keeping the
/// path and `User-Agent` of every request it gets, so tests can tell that a refused fetch never arrived.
final class ClipTestServer: Sendable {
    /// Each request's path and `User-Agent`, in order.
    let requests = Mutex<[(path: String, userAgent: String)]>([])
    private let portBox = Mutex(0)

    /// The port the server listens on.
    var port: Int { portBox.withLock { $0 } }

    /// The server's address for `path`.
    func url(_ path: String) -> String {
        "http://127.0.0.1:\(port)\(path)"
    }

    /// The paths requested so far.
    var paths: [String] { requests.withLock { $0.map(\.path) } }

    /// Runs `body` while the server answers, then stops it.
    static func with(_ body: @Sendable (ClipTestServer) async throws -> Void) async throws {
        let server = ClipTestServer()
        let router = Router()
        router.add(middleware: Recorder(server: server))
        ClipTestPages.add(to: router)
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
            server.requests.withLock { $0.append((request.uri.path, request.headers[.userAgent] ?? "")) }
            return try await next(request, context)
        }
    }
}
