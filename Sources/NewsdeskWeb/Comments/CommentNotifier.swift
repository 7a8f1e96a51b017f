import AsyncHTTPClient
import Foundation
import Logging
import NIOCore

/// Sends each new comment to the editor's webhook as a JSON POST, in the background, with retries.
///
/// Delivery never holds up the commenter: the comment is committed first and the POST goes out after.
struct CommentNotifier: Sendable {
    let logger: Logger
    /// Each attempt's time limit.
    var timeout: TimeAmount = .seconds(5)
    /// Pauses before the second and third attempts.
    var backoff: [Duration] = [.seconds(1), .seconds(5)]

    /// Starts delivery and returns at once.
    func send(_ notice: CommentNotice, to url: String) {
        let body: Data
        do {
            body = try notice.json()
        } catch {
            logger.error("Could not encode the comment notice: \(error)")
            return
        }
        Task.detached { await self.deliver(body, to: url) }
    }

    /// Tries up to `backoff.count + 1` times; a 2xx answer ends it.
    @discardableResult
    func deliver(_ body: Data, to url: String) async -> Bool {
        for attempt in 0...backoff.count {
            if attempt > 0 { try? await Task.sleep(for: backoff[attempt - 1]) }
            do {
                var request = HTTPClientRequest(url: url)
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/json")
                request.headers.add(name: "User-Agent", value: "Newsdesk comment webhook")
                request.body = .bytes(ByteBuffer(bytes: body))
                let response = try await HTTPClient.shared.execute(request, timeout: timeout)
                _ = try? await response.body.collect(upTo: 64 * 1024)
                if (200..<300).contains(response.status.code) { return true }
                logger.warning("Comment webhook answered \(response.status.code) (attempt \(attempt + 1))")
            } catch {
                logger.warning("Comment webhook failed (attempt \(attempt + 1)): \(error)")
            }
        }
        logger.error("Gave up delivering a comment to the webhook after \(backoff.count + 1) attempts")
        return false
    }
}
