import HTTPTypes
import NIOCore
import NewsdeskClipper

/// The client address of a connection's requests, worked out once per connection where it can be.
///
/// The peer's address is the same for every request on a connection; parsing it from the socket's address for
/// each cache hit's log line was 4% of a hit in `perf` (bench/pages). A peer that is not a trusted proxy is
/// the client of every request, so that answer is kept; a trusted proxy's requests are each read through their
/// own `X-Forwarded-For` (``TrustedProxies``).
struct ConnectionPeer {
    private enum Known {
        /// The peer is not a trusted proxy: it is the client.
        case client(String)
        /// The peer is a trusted proxy, or has no IP address (nil): each request's `X-Forwarded-For` is read.
        case proxy(IPAddress?)
    }

    /// Nil until the first request has asked.
    private var known: Known?

    /// The client's address for a request with `headers` on a connection from `remote`.
    mutating func client(
        remote: @autoclosure () -> SocketAddress?, headers: HTTPFields, through proxies: TrustedProxies
    ) -> String {
        let peer: Known
        if let known {
            peer = known
        } else {
            peer = Self.read(remote(), through: proxies)
            known = peer
        }
        switch peer {
        case .client(let address): return address
        case .proxy(let peer): return proxies.clientAddress(peer: peer, forwardedFor: headers[values: .xForwardedFor])
        }
    }

    private static func read(_ remote: SocketAddress?, through proxies: TrustedProxies) -> Known {
        let peer = remote.flatMap(\.ipAddress).flatMap(IPAddress.init)
        guard let peer, !proxies.trusts(peer) else { return .proxy(peer) }
        return .client(peer.unmapped.description)
    }
}
