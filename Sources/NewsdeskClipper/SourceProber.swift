import AsyncHTTPClient
import NIOHTTP1
import NewsdeskCore

/// Asks one clipped story's address whether the story is still there, through the `GuardedHTTPClient` every
/// outgoing request goes through, so the checker obeys the same address policy, time limit and size limit
/// as the editor's Fetch.
///
/// It sends HEAD first, as the politest question. A success for a web page is followed by a GET of the
/// page's first bytes (`titlePrefix`), because an outlet's "Page not found" page is often served with 200
/// and only its `<title>` tells it from the story. HEAD's answer stands alone only for a success that is not
/// a web page, or a 429; any other status is asked again with GET, which is what a reader's browser sends.
/// 405 and 501 are the standard's ways to say HEAD is not supported, but servers get HEAD wrong in more ways
/// than those: frameworks that route only GET answer 404, firewalls and CDNs 400 or 403, some handlers 500.
/// Since a failure counts towards calling a story gone, only what GET gets is recorded. A 429 is not asked
/// again at once: the site asked for fewer requests.
public struct SourceProber: Sendable {
    /// The guarded client; its policy says where a check may go, how long it may take and what it may read.
    var client: GuardedHTTPClient
    /// Sent with every request, so outlets can tell who checks their pages and where to ask about it.
    public var userAgent: String
    /// How much of a page is read to find its `<title>`.
    public var titlePrefix = 256 * 1024

    /// A prober using `httpClient`'s event loops within `policy`, naming itself with `userAgent`, such as
    /// `Newsdesk source checker (+https://blog.example)`.
    public init(httpClient: HTTPClient = .shared, policy: OutgoingPolicy, userAgent: String) {
        client = GuardedHTTPClient(httpClient: httpClient, policy: policy)
        self.userAgent = userAgent
    }

    /// The limits of each check.
    public var policy: OutgoingPolicy { client.policy }

    /// The polite `User-Agent` for a blog at `blogURL`.
    public static func userAgent(blogURL: String) -> String {
        "Newsdesk source checker (+\(blogURL))"
    }

    /// What the address `url` answers now. Never throws: a request that got no answer is a result with its
    /// `failure` set.
    public func probe(_ url: String) async -> SourceProbeResult {
        do throws(ClipFetchError) {
            let head = try await client.send(request(.HEAD, url))
            if (200...299).contains(head.status) {
                guard Self.mayBeWebPage(head.headers) else { return Self.result(url, head) }
                let page = try await client.send(request(.GET, head.url.absoluteString))
                return Self.result(url, page, before: head.redirects, title: title(of: page))
            }
            guard head.status != 429 else { return Self.result(url, head) }
            let page = try await client.send(request(.GET, url))
            return Self.result(url, page, title: title(of: page))
        } catch {
            return Self.failed(url, error)
        }
    }

    private func request(_ method: HTTPMethod, _ url: String) -> OutgoingRequest {
        OutgoingRequest(
            method: method, url: url,
            headers: [("User-Agent", userAgent), ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")],
            readsBody: method == .GET, bodyPrefix: titlePrefix)
    }

    /// The title of a successful web page; other answers have none worth reading.
    private func title(of response: OutgoingResponse) -> String? {
        guard (200...299).contains(response.status), Self.mayBeWebPage(response.headers) else { return nil }
        return PageTitle.read(response.body, contentType: response.headers.first(name: "Content-Type"))
    }

    /// Whether the answer may be HTML: it says so, or says nothing.
    static func mayBeWebPage(_ headers: HTTPHeaders) -> Bool {
        guard let contentType = headers.first(name: "Content-Type") else { return true }
        let mediaType = ClipCharset.mediaType(of: contentType)
        return mediaType.isEmpty || mediaType == "text/html" || mediaType == "application/xhtml+xml"
    }
}
