import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The request context: Hummingbird's core context plus the client's address (for rate limits and blocklists)
/// and, under `/admin`, who is signed in; under `/api/v1/admin/`, whose token calls.
public struct NewsdeskRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address; `nil` in router tests, where no socket exists.
    public let remoteAddress: SocketAddress?
    /// The editor signed in, set by the admin's session middleware.
    var signedIn: SignedInEditor?
    /// The admin form `CSRFMiddleware` read to find its token, so that the handler does not read the body again.
    var submittedForm: SubmittedForm?
    /// The Admin API's caller, set by ``BearerTokenMiddleware``.
    var apiCaller: APICaller?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

extension NewsdeskRequestContext {
    /// The client's address: the peer's, or when the peer is one of `trustedProxies`, the rightmost
    /// `X-Forwarded-For` entry that is not (see `TrustedProxies`).
    func clientAddress(of request: Request, trustedProxies: TrustedProxies) -> String {
        trustedProxies.clientAddress(remote: remoteAddress, headers: request.headers)
    }
}

extension HTTPField.Name {
    /// The address a proxy saw the request come from.
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
