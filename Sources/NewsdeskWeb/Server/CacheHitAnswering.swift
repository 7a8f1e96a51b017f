import Dispatch
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// What the two handlers that answer cache hits before the router share (``RawHitHandler`` before the
/// decoder, ``CacheHitHandler`` after it): the cache, the server's name, and how a hit is counted and logged.
struct CacheHitAnswering: Sendable {
    let cache: PageCache
    let observer: RequestObserver
    let logger: Logger
    let serverName: String

    /// Counts and logs a hit on `page` as the router's ``ObservedResponder`` counts its requests; `client` is
    /// only asked when the line is written.
    func record(
        _ page: CachedPage, method: HTTPRequest.Method, path: String, status: HTTPResponse.Status, bytes: Int,
        since started: UInt64, requestID: String, client: () -> String
    ) {
        observer.record(
            method: method, path: path,
            route: page.route.map(RequestMetrics.routeLabel) ?? RequestMetrics.unmatchedRoute,
            status: status, bytes: bytes, since: started, requestID: requestID, logger: logger, client: client)
    }

    /// The client of a request with `fields` on `context`'s connection, read through `peer`.
    func client(of fields: HTTPFields, peer: inout ConnectionPeer, context: ChannelHandlerContext) -> String {
        peer.client(remote: context.channel.remoteAddress, headers: fields, through: observer.trustedProxies)
    }
}
