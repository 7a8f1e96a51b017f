import Hummingbird
import NIOCore
import Synchronization

/// What the story server serves: an outlet whose stories live, move, die and flap, for the source checker.
enum StoryTestPages {
    /// The title of every live story.
    static let storyTitle = "Navy christens new frigate | The Harbour Times"
    /// The title of the outlet's "not found" page, served with 200.
    static let notFoundTitle = "Page not found | The Harbour Times"

    /// Whether the flapping story is down; it flips at each HEAD, so each check sees the other state.
    private final class Flapper: Sendable {
        let isDown = Mutex(false)
    }

    static func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in page(title: "The Harbour Times", body: "Today's stories.") }
        router.get("/story/frigate") { _, _ in story() }
        router.get("/story/old-frigate") { _, _ in redirect(.movedPermanently, "/story/new-frigate") }
        router.get("/story/new-frigate") { _, _ in story() }
        router.get("/story/retired") { _, _ in redirect(.movedPermanently, "/") }
        router.get("/loop/a") { _, _ in redirect(.found, "/loop/b") }
        router.get("/loop/b") { _, _ in redirect(.found, "/loop/a") }
        router.get("/story/missing") { _, _ in status(.notFound) }
        router.get("/story/gone") { _, _ in status(.gone) }
        router.get("/story/members") { _, _ in status(.forbidden) }
        router.get("/story/down") { _, _ in status(.serviceUnavailable) }
        router.get("/story/slow") { _, _ in
            try await Task.sleep(for: .seconds(10))
            return story()
        }
        router.get("/story/soft") { _, _ in page(title: notFoundTitle, body: "Sorry, that page is not here.") }
        router.head("/story/no-head") { _, _ in status(.methodNotAllowed) }
        router.get("/story/no-head") { _, _ in story() }
        router.get("/story/long") { _, _ in longStory() }
        router.get("/report.pdf") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/pdf"], body: .init(byteBuffer: ByteBuffer()))
        }
        let flapper = Flapper()
        router.head("/story/flapping") { _, _ in
            let isDown = flapper.isDown.withLock {
                $0.toggle()
                return $0
            }
            return isDown ? status(.serviceUnavailable) : story(head: true)
        }
        router.get("/story/flapping") { _, _ in
            flapper.isDown.withLock { $0 } ? status(.serviceUnavailable) : story()
        }
    }

    private static func story(head: Bool = false) -> Response {
        head
            ? Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"])
            : page(title: storyTitle, body: "The ship is the first of six the Navy has ordered.")
    }

    /// A story of 3 MB, past the fetch limit, sent in pieces: only its start is read for the title.
    private static func longStory() -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/html"],
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "<html><head><title>Harbour &amp; wall</title></head>"))
                for _ in 0..<48 { try await writer.write(ByteBuffer(repeating: 0x20, count: 65_536)) }
                try await writer.finish(nil)
            })
    }

    private static func page(title: String, body: String) -> Response {
        let html = "<!DOCTYPE html><html><head><title>\(title)</title></head><body><p>\(body)</p></body></html>"
        return Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private static func status(_ status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/html"])
    }

    private static func redirect(_ status: HTTPResponse.Status, _ location: String) -> Response {
        Response(status: status, headers: [.location: location])
    }
}
