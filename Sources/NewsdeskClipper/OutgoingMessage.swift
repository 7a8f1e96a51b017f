import Foundation
import NIOHTTP1
import NewsdeskCore

/// A request for `GuardedHTTPClient`: what to send, before any redirect.
public struct OutgoingRequest: Sendable {
    /// GET, POST…
    public var method: HTTPMethod
    /// The absolute http or https address.
    public var url: String
    /// Headers besides `Host` and `Content-Length`; a `User-Agent` here replaces the policy's.
    public var headers: [(name: String, value: String)]
    /// The body, if any.
    public var body: [UInt8]?
    /// Whether the answer's body is read (up to the policy's limit); a webhook only needs the status.
    public var readsBody: Bool
    /// When set, only the body's first this many bytes are read and the rest is dropped, where a longer body
    /// would otherwise be refused as too large: the source checker needs only a page's `<title>`, near its top.
    public var bodyPrefix: Int?

    /// A request.
    public init(
        method: HTTPMethod = .GET, url: String, headers: [(name: String, value: String)] = [], body: [UInt8]? = nil,
        readsBody: Bool = true, bodyPrefix: Int? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.readsBody = readsBody
        self.bodyPrefix = bodyPrefix
    }
}

/// The final answer to an `OutgoingRequest`, after redirects.
public struct OutgoingResponse: Sendable {
    /// The status code.
    public var status: Int
    /// The headers.
    public var headers: HTTPHeaders
    /// The body, within the policy's limit (or the request's `bodyPrefix`); empty when the request did not read
    /// it.
    public var body: [UInt8]
    /// The address that answered, after redirects.
    public var url: URL
    /// The redirects followed to get here, in order.
    public var redirects: [HTTPRedirect] = []
}
