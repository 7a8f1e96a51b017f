import AsyncHTTPClient
import Foundation

extension ClipFetcher {
    /// A fetched page: its text and the address it came from, after redirects.
    struct Page: Sendable {
        /// The page, decoded.
        var html: String
        /// The address it was fetched from.
        var url: URL
    }

    /// What one request gave: the page, or where it redirects.
    enum Hop: Sendable {
        case page(Page)
        case redirect(String)
    }

    /// Requests `start` and its redirects, each hop's host checked before it is connected to.
    func follow(from start: ClipTarget) async throws -> Page {
        var target = start
        var redirects = 0
        while true {
            let address = try await checkedAddress(of: target)
            switch try await request(target, at: address) {
            case .page(let page):
                return page
            case .redirect(let location):
                redirects += 1
                guard redirects <= policy.maxRedirects else {
                    throw ClipFetchError.tooManyRedirects(policy.maxRedirects)
                }
                target = try ClipTarget(location, relativeTo: target.url)
            }
        }
    }

    /// The address to connect to for `target`: its host's first address (IPv4 preferred), once every address
    /// the host has is allowed, since a client could be sent to any of them.
    private func checkedAddress(of target: ClipTarget) async throws -> IPAddress {
        if let literal = IPAddress(target.host) {
            guard policy.allows(literal) else { throw ClipFetchError.refusedAddress(target.host) }
            return literal
        }
        let addresses = try await HostResolver.addresses(of: target.host, on: eventLoopGroup.any())
        guard let first = addresses.first, addresses.allSatisfy(policy.allows) else {
            throw ClipFetchError.refusedAddress(target.host)
        }
        return first
    }
}
