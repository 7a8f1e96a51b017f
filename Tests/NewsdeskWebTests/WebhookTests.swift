import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NewsdeskCore
import NewsdeskTestSupport
import Synchronization
import Testing

@testable import NewsdeskWeb

/// A real HTTP server on loopback that records what it is sent and fails the first `failures` requests, or
/// redirects every request to `redirect` with a 307.
final class WebhookReceiver: Sendable {
    let received = Mutex<[String]>([])
    let failures: Int
    let host: String
    let redirect: String?

    init(failures: Int, host: String = "127.0.0.1", redirect: String? = nil) {
        self.failures = failures
        self.host = host
        self.redirect = redirect
    }

    func run(_ body: @Sendable (String) async throws -> Void) async throws {
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let text = String(buffer: try await request.body.collect(upTo: 1 << 20))
            let count = self.received.withLock { list -> Int in
                list.append(text)
                return list.count
            }
            if let redirect = self.redirect {
                return Response(status: .temporaryRedirect, headers: [.location: redirect])
            }
            return Response(status: count <= self.failures ? .internalServerError : .noContent)
        }
        try await runOnLoopback(router, host: host) { port in try await body("http://\(host):\(port)/hook") }
    }
}

@Suite("Comment webhook")
struct WebhookTests {
    @Test("each new comment is POSTed as JSON to the webhook")
    func delivers() async throws {
        let receiver = WebhookReceiver(failures: 0)
        try await receiver.run { url in
            try await withDemoApp(
                .sqlite, settings: .forTests.with { $0.webhookURL = url }, allowPrivateOutgoing: true
            ) { client, _, _ in
                let response = try await postComment(client, name: "Dave", body: "Ping the editor")
                let id = try #require(commentID(response))
                // Up to 20 s: under a full parallel test run on 2 cores a delivery has taken seconds.
                for _ in 0..<400 where receiver.received.withLock({ $0.isEmpty }) {
                    try await Task.sleep(for: .milliseconds(50))
                }
                let payloads = receiver.received.withLock { $0 }
                #expect(payloads.count == 1)
                let json = try #require(
                    payloads.first.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
                #expect(json["event"] as? String == "comment.created")
                let comment = try #require(json["comment"] as? [String: Any])
                #expect(comment["id"] as? Int == Int(id))
                #expect(comment["author"] as? String == "Dave")
                #expect(comment["body"] as? String == "Ping the editor")
                #expect(comment["url"] as? String == "https://wnu.example\(referencePath)#c\(id)")
            }
        }
    }

    @Test("a failing webhook is retried until it answers 2xx")
    func retries() async throws {
        let receiver = WebhookReceiver(failures: 2)
        try await receiver.run { url in
            // The per-attempt limit is wide because a CI run once saw an answer on loopback take over 2 s.
            let notifier = CommentNotifier(
                logger: TestDatabase.logger, allowPrivateAddresses: true, timeout: .seconds(20),
                backoff: [.milliseconds(50), .milliseconds(50)])
            let delivered = await notifier.deliver(Data("{}".utf8), to: url)
            #expect(delivered)
            #expect(receiver.received.withLock { $0.count } == 3)
        }
    }

    @Test("an unreachable webhook gives up after the retries without failing the comment")
    func givesUp() async throws {
        let notifier = CommentNotifier(
            logger: TestDatabase.logger, allowPrivateAddresses: true, timeout: .seconds(1), backoff: [.milliseconds(10)]
        )
        #expect(await notifier.deliver(Data("{}".utf8), to: "http://127.0.0.1:9/hook") == false)
    }
}
