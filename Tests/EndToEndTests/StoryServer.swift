import Hummingbird
import Logging
import Synchronization

/// A news outlet on 127.0.0.1 at a random port, for the source checker: `/story/<n>` is a story titled
/// "Story n", `/gone/<n>` answers 410 and `/missing/<n>` 404. It counts the requests each path gets.
final class StoryServer: Sendable {
    private let counts = Mutex<[String: Int]>([:])
    private let portBox = Mutex(0)

    /// The server's address for `path`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(portBox.withLock { $0 })\(path)" }

    /// How many requests each path got, by method: `"HEAD /story/1": 1`.
    var requestCounts: [String: Int] { counts.withLock { $0 } }

    /// Runs `body` while the outlet answers, then stops it.
    static func with<R: Sendable>(_ body: @Sendable (StoryServer) async throws -> R) async throws -> R {
        let server = StoryServer()
        let router = Router()
        router.add(middleware: Counter(server: server))
        router.get("/story/:n") { _, context in
            let number = context.parameters.get("n") ?? ""
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(
                    byteBuffer: .init(
                        string: "<html><head><title>Story \(number)</title></head><body>News.</body></html>")))
        }
        router.get("/gone/:n") { _, _ in Response(status: .gone) }
        router.get("/missing/:n") { _, _ in Response(status: .notFound) }
        var logger = Logger(label: "story-server")
        logger.logLevel = .critical
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) }, logger: logger)
        return try await withThrowingTaskGroup(of: R?.self) { group in
            group.addTask {
                try await app.runService()
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            let port = await iterator.next() ?? 0
            server.portBox.withLock { $0 = port }
            let result = try await body(server)
            group.cancelAll()
            return result
        }
    }

    private struct Counter<Context: RequestContext>: RouterMiddleware {
        let server: StoryServer

        func handle(
            _ request: Request, context: Context, next: (Request, Context) async throws -> Response
        ) async throws -> Response {
            server.counts.withLock { $0["\(request.method.rawValue) \(request.uri.path)", default: 0] += 1 }
            return try await next(request, context)
        }
    }
}
