import Foundation
import Logging
import NewsdeskClipper
import NewsdeskCore

/// Sends each new comment to the editor's webhook as a JSON POST, in the background, with retries.
///
/// Delivery never holds up the commenter: the comment is committed first and the POST goes out after. It goes
/// through the `GuardedHTTPClient` that Fetch uses, so the webhook reaches only public addresses (unless the
/// server allows private ones), on every redirect too, within the same limits.
struct CommentNotifier: Sendable {
    let logger: Logger
    /// Where deliveries may go and each attempt's limits.
    let client: GuardedHTTPClient
    /// Pauses before the second and third attempts.
    var backoff: [Duration] = [.seconds(1), .seconds(5)]

    /// A notifier whose attempts each take at most `timeout`; private addresses only with
    /// `allowPrivateAddresses` (the server's `--allow-private-outgoing`).
    init(
        logger: Logger, allowPrivateAddresses: Bool = false, timeout: Duration = .seconds(5),
        backoff: [Duration] = [.seconds(1), .seconds(5)]
    ) {
        self.logger = logger
        self.backoff = backoff
        var policy = OutgoingPolicy(
            timeout: timeout, maxBytes: 64 * 1024, allowPrivateAddresses: allowPrivateAddresses,
            userAgent: "Newsdesk comment webhook")
        policy.maxRedirects = 5
        client = GuardedHTTPClient(policy: policy)
    }

    /// A notifier sending through `client`.
    init(logger: Logger, client: GuardedHTTPClient, backoff: [Duration]) {
        self.logger = logger
        self.client = client
        self.backoff = backoff
    }

    /// Starts delivery and returns at once.
    func send(_ notice: CommentNotice, to url: String) {
        let body: Data
        do {
            body = try notice.json()
        } catch {
            logger.error("Could not encode the comment notice: \(error)")
            return
        }
        Task.detached(executorPreference: TaskPlacement.preferred) { await self.deliver(body, to: url) }
    }

    /// Tries up to `backoff.count + 1` times; a 2xx answer ends it, as does an address the policy refuses
    /// (which retrying will not change).
    @discardableResult
    func deliver(_ body: Data, to url: String) async -> Bool {
        let request = OutgoingRequest(
            method: .POST, url: url, headers: [("Content-Type", "application/json")], body: Array(body),
            readsBody: false)
        for attempt in 0...backoff.count {
            if attempt > 0 { try? await Task.sleep(for: backoff[attempt - 1]) }
            do {
                let response = try await client.send(request)
                if (200..<300).contains(response.status) { return true }
                logger.warning("Comment webhook answered \(response.status) (attempt \(attempt + 1))")
            } catch {
                if case .refusedAddress = error {
                    logger.error("The comment webhook was not sent: \(WebhookAddress.sentence(for: error))")
                    return false
                }
                logger.warning("Comment webhook failed (attempt \(attempt + 1)): \(error)")
            }
        }
        logger.error("Gave up delivering a comment to the webhook after \(backoff.count + 1) attempts")
        return false
    }
}
