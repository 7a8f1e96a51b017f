import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The request context: Hummingbird's core context plus the client's address (for rate limits and blocklists)
/// and, under `/admin`, who is signed in.
public struct NewsdeskRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address; `nil` in router tests, where no socket exists.
    public let remoteAddress: SocketAddress?
    /// The editor signed in, set by the admin's session middleware.
    var signedIn: SignedInEditor?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

extension NewsdeskRequestContext {
    /// The client's address: the peer's, or with `trustForwardedFor` the first `X-Forwarded-For` entry
    /// (set that only behind a proxy you run, or anyone can claim any address).
    func clientAddress(of request: Request, trustForwardedFor: Bool) -> String {
        if trustForwardedFor, let forwarded = request.headers[.xForwardedFor] {
            let first = forwarded.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if !first.isEmpty { return first }
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }
}

extension HTTPField.Name {
    /// The address a proxy saw the request come from.
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
