import AsyncHTTPClient
import Foundation
import NIOHTTP1
import NewsdeskCore

/// Fetches a story's page for the editor's "Fetch" button and reads its metadata, through the
/// `GuardedHTTPClient` every outgoing request goes through, so it cannot be turned against the server's own
/// network.
public struct ClipFetcher: Sendable {
    /// The guarded client; its policy says where a fetch may go and what it may read.
    var client: GuardedHTTPClient

    /// A fetcher using `httpClient`'s event loops, within `policy`.
    public init(httpClient: HTTPClient, policy: OutgoingPolicy = OutgoingPolicy()) {
        client = GuardedHTTPClient(httpClient: httpClient, policy: policy)
    }

    /// The limits of each fetch.
    public var policy: OutgoingPolicy { client.policy }

    /// The settings each request's client starts from; tests route stray requests to a local recorder with it.
    var clientConfiguration: HTTPClient.Configuration {
        get { client.clientConfiguration }
        set { client.clientConfiguration = newValue }
    }

    /// The metadata of the page at `urlString`, after redirects; each failure is a `ClipFetchError` whose
    /// description the editor can read.
    public func fetch(_ urlString: String) async throws(ClipFetchError) -> ClipMetadata {
        let page = try await fetchPage(urlString)
        return ClipMetadataExtractor.extract(html: page.html, pageURL: page.url)
    }

    /// A fetched page: its text and the address it came from, after redirects.
    struct Page: Sendable {
        /// The page, decoded.
        var html: String
        /// The address it was fetched from.
        var url: URL
    }

    /// The page at `urlString` as text, with the address it was finally fetched from.
    func fetchPage(_ urlString: String) async throws(ClipFetchError) -> Page {
        let request = OutgoingRequest(
            url: urlString, headers: [("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")])
        let response = try await client.send(request, acceptHead: Self.acceptPage)
        let contentType = response.headers.first(name: "Content-Type")
        return Page(html: ClipCharset.decode(response.body, contentType: contentType), url: response.url)
    }

    /// Refuses, before its body is read, an answer that is not a web page.
    @Sendable private static func acceptPage(status: Int, headers: HTTPHeaders) throws {
        guard (200...299).contains(status) else { throw ClipFetchError.httpStatus(status) }
        let mediaType = ClipCharset.mediaType(of: headers.first(name: "Content-Type") ?? "")
        guard mediaType == "text/html" || mediaType == "application/xhtml+xml" else {
            throw ClipFetchError.notHTML(mediaType.isEmpty ? "no type given" : mediaType)
        }
    }
}
