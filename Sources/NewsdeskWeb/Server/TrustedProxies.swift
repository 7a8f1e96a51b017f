import Foundation
import HTTPTypes
import NIOCore
import NewsdeskClipper

/// The proxies whose `X-Forwarded-For` is believed (`--trusted-proxy`), and how the client's address is read
/// through them.
///
/// A proxy such as nginx with `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for` appends the
/// address it saw to whatever the client sent, so only the entries on the right were written by proxies; the
/// left ones are the client's to invent. The client is therefore the rightmost entry that is not itself a
/// trusted proxy, read only when the connection comes from a trusted proxy.
public struct TrustedProxies: Sendable, Equatable {
    /// More entries than any real chain of proxies; the rest of a longer header is not read.
    static let maxEntries = 32

    /// The trusted blocks; empty (the default) believes no header.
    public var networks: [IPNetwork]
    /// Router tests only: a request without a socket (Hummingbird's in-process test client) counts as coming
    /// from a trusted proxy, so tests can speak for different clients with `X-Forwarded-For`.
    var trustsRequestsWithoutPeer = false

    /// Proxies in `networks`.
    public init(_ networks: [IPNetwork] = []) {
        self.networks = networks
    }

    /// Proxies written as addresses or CIDR blocks (`127.0.0.1`, `10.0.0.0/8`, `::1`); throws a sentence
    /// naming the first that is neither.
    public init(parsing texts: [String]) throws(TrustedProxyError) {
        var networks: [IPNetwork] = []
        for text in texts {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let network = IPNetwork(trimmed) else { throw TrustedProxyError(value: trimmed) }
            networks.append(network)
        }
        self.init(networks)
    }

    /// Whether `address` is one of the trusted proxies.
    public func trusts(_ address: IPAddress) -> Bool {
        networks.contains { $0.contains(address) }
    }

    /// The client's address for a connection from `peer` whose request carried `forwardedFor` (every
    /// `X-Forwarded-For` line, in order): the peer itself unless it is a trusted proxy; else, walking the
    /// entries from the right, the first that is not a trusted proxy. An entry that is not an address stops
    /// the walk at the last proxy that vouched for it, as does a header longer than `maxEntries`: that
    /// proxy is the best known source.
    public func clientAddress(peer: IPAddress?, forwardedFor: [String]) -> String {
        guard let peer else { return trustsRequestsWithoutPeer ? walk(from: nil, forwardedFor) : "unknown" }
        guard trusts(peer) else { return peer.unmapped.description }
        return walk(from: peer, forwardedFor)
    }

    private func walk(from peer: IPAddress?, _ forwardedFor: [String]) -> String {
        var client = peer
        let entries = forwardedFor.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        for entry in entries.reversed().prefix(Self.maxEntries) {
            guard let address = Self.address(in: entry) else { break }
            client = address
            if !trusts(address) { break }
        }
        return client?.unmapped.description ?? "unknown"
    }

    /// The address an entry names: `192.0.2.1`, `2001:db8::1` or `[2001:db8::1]`, with spaces around; nil
    /// for anything else (ports, host names, `unknown`, obfuscated identifiers).
    private static func address(in entry: Substring) -> IPAddress? {
        let trimmed = entry.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 47 else { return nil }
        return IPAddress(trimmed)
    }
}

/// A `--trusted-proxy` value that is neither an address nor a CIDR block.
public struct TrustedProxyError: Error, Equatable, CustomStringConvertible {
    /// The value as given.
    public let value: String

    /// The problem in a sentence.
    public var description: String {
        "The trusted proxy \"\(value)\" is not an IP address or a CIDR block such as 127.0.0.1, 10.0.0.0/8 or ::1."
    }
}

extension TrustedProxies {
    /// The client's address for a request from `remote` with `headers`: the peer's, or when the peer is a
    /// trusted proxy, the rightmost `X-Forwarded-For` entry that is not.
    func clientAddress(remote: SocketAddress?, headers: HTTPFields) -> String {
        clientAddress(
            peer: remote.flatMap(\.ipAddress).flatMap(IPAddress.init), forwardedFor: headers[values: .xForwardedFor])
    }
}
