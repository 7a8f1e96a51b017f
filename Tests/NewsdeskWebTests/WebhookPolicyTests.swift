import Foundation
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskClipper
@testable import NewsdeskWeb

/// The webhook under the policy every outgoing request follows: no private, loopback or link-local address,
/// on the first hop or after a redirect, unless the server allows them.
@Suite("The comment webhook reaches only what the outgoing policy allows")
struct WebhookPolicyTests {
    @Test(
        "Settings refuse a webhook on loopback, link-local (cloud metadata) or private addresses, saying why",
        arguments: [
            ("http://127.0.0.1:8080/hook", "127.0.0.1"),
            ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
            ("http://localhost/hook", "localhost"), ("http://[::1]/hook", "::1"), ("https://10.1.2.3/hook", "10.1.2.3"),
        ])
    func refusedInSettings(url: String, host: String) async throws {
        try await withMemoryDemoApp { client, store in
            let browser = try await signedIn(client, store)
            let before = try await store.blog()
            let response = try await browser.post(
                client, "/admin/settings", AdminSettingsTests.fields(["webhook_url": url]))
            #expect(response.status == .unprocessableContent)
            #expect(
                response.text.contains(
                    "The webhook address leads to \(host), which is this server or a private network"))
            #expect(response.text.contains("value=\"\(url)\""), "what was typed is kept")
            #expect(try await store.blog() == before)
        }
    }

    @Test("with private addresses allowed, Settings accept a local webhook")
    func acceptedWhenAllowed() async throws {
        try await withMemoryDemoApp(allowPrivateOutgoing: true) { client, store in
            let browser = try await signedIn(client, store)
            let response = try await browser.post(
                client, "/admin/settings", AdminSettingsTests.fields(["webhook_url": "http://127.0.0.1:8080/hook"]))
            #expect(response.status == .seeOther)
            #expect(try await store.blog().comments.webhookURL == "http://127.0.0.1:8080/hook")
        }
    }

    @Test("a webhook that leads to loopback by the time a comment comes (stored before, or DNS changed) is not sent")
    func loopbackNotDelivered() async throws {
        let receiver = WebhookReceiver(failures: 0)
        try await receiver.run { url in
            try await withMemoryDemoApp(settings: .forTests.with { $0.webhookURL = url }) { client, _ in
                let response = try await postComment(client, name: "Dave", body: "Ping the editor")
                #expect(response.status == .seeOther)
                try await Task.sleep(for: .milliseconds(500))
                #expect(receiver.received.withLock { $0.isEmpty })
            }
        }
    }

    /// Runs `body` with a receiver on 127.0.0.1 that answers every POST with a 307 to another on 127.0.0.2;
    /// it gets the first's address and both receivers.
    func withRedirect(
        _ body: @escaping @Sendable (String, WebhookReceiver, WebhookReceiver) async throws -> Void
    ) async throws {
        let inside = WebhookReceiver(failures: 0, host: "127.0.0.2")
        try await inside.run { insideURL in
            let outside = WebhookReceiver(failures: 0, redirect: insideURL)
            try await outside.run { outsideURL in try await body(outsideURL, outside, inside) }
        }
    }

    @Test("a redirect from a public address to loopback is refused before connecting")
    func redirectToLoopback() async throws {
        try await withRedirect { outsideURL, outside, inside in
            // 127.0.0.1 stands in for a public site; 127.0.0.2 stays loopback, and refused. A generous timeout: on
            // a loaded machine a first hop slower than the deadline would be retried, and counted twice.
            var policy = OutgoingPolicy(timeout: .seconds(30), userAgent: "Newsdesk comment webhook")
            policy.addressesTreatedAsPublic = [try #require(IPAddress("127.0.0.1"))]
            let notifier = CommentNotifier(
                logger: TestDatabase.logger, client: GuardedHTTPClient(policy: policy), backoff: [.milliseconds(10)])
            #expect(await notifier.deliver(Data("{}".utf8), to: outsideURL) == false)
            #expect(outside.received.withLock { $0.count } == 1, "the public hop was made, once")
            #expect(inside.received.withLock { $0.isEmpty }, "the redirect to loopback was not followed")

            let refusal = await #expect(throws: ClipFetchError.refusedAddress("127.0.0.2")) {
                try await GuardedHTTPClient(policy: policy).send(
                    OutgoingRequest(method: .POST, url: outsideURL, body: Array("{}".utf8)))
            }
            #expect(refusal.map(WebhookAddress.sentence(for:))?.contains("leads to 127.0.0.2") == true)
        }
    }

    @Test("with private addresses allowed, a 307 is followed with the same POST and body")
    func redirectFollowedWhenAllowed() async throws {
        try await withRedirect { outsideURL, _, inside in
            let notifier = CommentNotifier(
                logger: TestDatabase.logger, allowPrivateAddresses: true, timeout: .seconds(20), backoff: [])
            #expect(await notifier.deliver(Data("{\"n\":1}".utf8), to: outsideURL))
            #expect(inside.received.withLock { $0 } == ["{\"n\":1}"])
        }
    }

    @Test("newsdesk's check: schemes, literal addresses and names that resolve to refused addresses")
    func check() async throws {
        #expect(
            await WebhookAddress.problem(with: "ftp://example.com/hook", allowPrivateAddresses: false)
                == "The webhook address must start with http:// or https://, not ftp:.")
        #expect(await WebhookAddress.problem(with: "not a url", allowPrivateAddresses: false) != nil)
        #expect(await WebhookAddress.problem(with: "http://169.254.169.254/", allowPrivateAddresses: true) == nil)
        // A name that cannot be looked up now is checked again at each delivery.
        #expect(await WebhookAddress.problem(with: "https://hooks.invalid/x", allowPrivateAddresses: false) == nil)
    }
}
