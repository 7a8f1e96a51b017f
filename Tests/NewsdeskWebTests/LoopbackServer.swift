import Foundation
import Hummingbird
import NewsdeskTestSupport

/// Runs `router` as a real HTTP server on `host` at a free port while `body` gets the port: the stand-in for
/// the outside world (a news site, the web archive, a webhook receiver) in tests of outgoing requests.
func runOnLoopback(
    _ router: Router<BasicRequestContext>, host: String = "127.0.0.1", _ body: @Sendable (Int) async throws -> Void
) async throws {
    let (portStream, portContinuation) = AsyncStream.makeStream(of: Int.self)
    let app = Application(
        router: router, configuration: .init(address: .hostname(host, port: 0)),
        onServerRunning: { channel in portContinuation.yield(channel.localAddress?.port ?? 0) },
        logger: TestDatabase.logger)
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await app.runService() }
        var ports = portStream.makeAsyncIterator()
        let port = await ports.next() ?? 0
        try await body(port)
        group.cancelAll()
    }
}

/// A news site on loopback with one story, for Fetch.
struct LoopbackStory {
    static let html = """
        <!DOCTYPE html><html><head><title>Bridge vote | Loopback News</title>
        <meta property="og:title" content="Council votes to rebuild the river bridge">
        <meta property="og:site_name" content="Loopback News"></head>
        <body><article><h1>Council votes to rebuild the river bridge</h1>
        <p>The city council voted on Tuesday night to rebuild the river bridge, ending two years of argument about \
        its cost and its design.</p>
        <p>Work is expected to start in the spring, and the old bridge will close to traffic for eighteen months \
        while the new one is built.</p></article></body></html>
        """

    /// Runs the site while `body` gets the story's address.
    static func run(_ body: @Sendable (String) async throws -> Void) async throws {
        let router = Router()
        router.get("/story") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
        }
        try await runOnLoopback(router) { port in try await body("http://127.0.0.1:\(port)/story") }
    }
}
