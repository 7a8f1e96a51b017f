import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// The one way out: every outgoing HTTP request (the editor's Fetch, the comment webhook) goes through here,
/// so none can be turned against the server's own network.
///
/// Every host, the first and each redirect's, is resolved here and refused when any of its addresses is
/// loopback, private, link-local or otherwise non-public (`AddressScope`), unless the policy allows that
/// scope. The connection then goes to the address that was checked, not to a second lookup: each request
/// runs on a short-lived `HTTPClient` on `httpClient`'s event loops whose `dnsOverride` pins the host to that
/// address (TLS still verifies the host name, and SNI carries it), and which never follows redirects itself.
/// So a name that answers a public address to the check and a private one to the connection (DNS
/// rebinding) gains nothing. What remains: `httpClient`'s own configuration (proxy, TLS roots) is not used,
/// as AsyncHTTPClient does not expose it; and a public address could itself forward the request inwards,
/// which no client-side check can see.
public struct GuardedHTTPClient: Sendable {
    /// Where requests may go, how long they may take, how much they may read.
    public var policy: OutgoingPolicy
    /// The event loops each request's client runs on.
    let eventLoopGroup: any EventLoopGroup
    /// The settings each request's client starts from; tests route stray requests to a local recorder with it.
    var clientConfiguration = HTTPClient.Configuration()

    /// A client using `httpClient`'s event loops, within `policy`.
    public init(httpClient: HTTPClient = .shared, policy: OutgoingPolicy) {
        self.policy = policy
        self.eventLoopGroup = httpClient.eventLoopGroup
    }

    /// Sends `request` and follows its redirects, each hop checked before it is connected to; `acceptHead`
    /// sees the final status and headers before the body is read and may refuse them. Every failure is a
    /// `ClipFetchError`, whose description is a sentence.
    public func send(
        _ request: OutgoingRequest,
        acceptHead: @escaping @Sendable (Int, HTTPHeaders) throws -> Void = { _, _ in }
    ) async throws(ClipFetchError) -> OutgoingResponse {
        let start = try ClipTarget(request.url)
        do {
            return try await withDeadline { try await follow(request, from: start, acceptHead: acceptHead) }
        } catch let error as ClipFetchError {
            throw error
        } catch {
            throw ClipFetchError(transport: error, timeout: policy.timeout)
        }
    }

    /// Checks, without sending anything, that `urlString` is an http or https address whose host leads only
    /// where the policy allows (a setting is checked with this when it is saved). A host that cannot be
    /// looked up now passes: it is checked again at each request.
    public func check(_ urlString: String) async throws(ClipFetchError) {
        let target = try ClipTarget(urlString)
        do {
            _ = try await withDeadline { try await checkedAddress(of: target) }
        } catch let error as ClipFetchError {
            if case .refusedAddress = error { throw error }
        } catch {
            // A lookup that failed or timed out says nothing about where the address leads.
        }
    }

    /// Runs `operation`, giving up with `.timeout` when the policy's timeout passes first.
    func withDeadline<Value: Sendable>(
        _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: policy.timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let value = try await group.next() ?? nil else { throw ClipFetchError.timeout(policy.timeout) }
            return value
        }
    }
}
