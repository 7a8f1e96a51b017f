import AsyncHTTPClient
import NIOCore
import NewsdeskCore

/// Fetches a story's page for the editor's "Fetch" button and reads its metadata, refusing to be turned
/// against the server's own network.
///
/// Every host, the first and each redirect's, is resolved here and refused when any of its addresses is
/// loopback, private, link-local or otherwise non-public (`AddressScope`), unless the policy allows that
/// scope. The connection then goes to the address that was checked, not to a second lookup: each request
/// runs on a short-lived `HTTPClient` on `httpClient`'s event loops whose `dnsOverride` pins the host to that
/// address (TLS still verifies the host name, and SNI carries it), and which never follows redirects itself.
/// So a name that answers a public address to the check and a private one to the connection (DNS
/// rebinding) gains nothing. What remains: `httpClient`'s own configuration (proxy, TLS roots) is not used,
/// as AsyncHTTPClient does not expose it; and an outlet's public address could itself forward the request
/// inwards, which no client-side check can see.
public struct ClipFetcher: Sendable {
    /// The limits of each fetch.
    public let policy: ClipFetchPolicy
    /// The event loops each request's client runs on.
    let eventLoopGroup: any EventLoopGroup
    /// The settings each request's client starts from; tests route stray requests to a local recorder with it.
    var clientConfiguration = HTTPClient.Configuration()

    /// A fetcher using `httpClient`'s event loops, within `policy`.
    public init(httpClient: HTTPClient, policy: ClipFetchPolicy = ClipFetchPolicy()) {
        self.policy = policy
        self.eventLoopGroup = httpClient.eventLoopGroup
    }

    /// The metadata of the page at `urlString`, after redirects; each failure is a `ClipFetchError` whose
    /// description the editor can read.
    public func fetch(_ urlString: String) async throws(ClipFetchError) -> ClipMetadata {
        let page = try await fetchPage(urlString)
        return ClipMetadataExtractor.extract(html: page.html, pageURL: page.url)
    }

    /// The page at `urlString` as text, with the address it was finally fetched from.
    func fetchPage(_ urlString: String) async throws(ClipFetchError) -> Page {
        let start = try ClipTarget(urlString)
        do {
            return try await withDeadline { try await follow(from: start) }
        } catch let error as ClipFetchError {
            throw error
        } catch {
            throw ClipFetchError(transport: error, timeout: policy.timeout)
        }
    }

    /// Runs `operation`, giving up with `.timeout` when the policy's timeout passes first.
    private func withDeadline<Value: Sendable>(
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
