import AsyncHTTPClient
import NIOHTTP1
import NewsdeskCore

extension GuardedHTTPClient {
    /// What one request gave: the final answer, or where it redirects.
    enum Hop: Sendable {
        case response(OutgoingResponse)
        /// Where to go next, with which method, and the redirect's status.
        case redirect(String, HTTPMethod, status: Int)
    }

    /// Sends `request` to `start` and follows its redirects, each hop's host checked before it is connected to.
    /// As browsers do, 307 and 308 repeat the request; 301, 302 and 303 turn anything but GET into a GET
    /// without a body.
    func follow(
        _ request: OutgoingRequest, from start: ClipTarget,
        acceptHead: @escaping @Sendable (Int, HTTPHeaders) throws -> Void
    ) async throws -> OutgoingResponse {
        var request = request
        var target = start
        var redirects: [HTTPRedirect] = []
        while true {
            let address = try await checkedAddress(of: target)
            switch try await send(request, to: target, at: address, acceptHead: acceptHead) {
            case .response(var response):
                response.redirects = redirects
                return response
            case .redirect(let location, let method, let status):
                guard redirects.count < policy.maxRedirects else {
                    throw ClipFetchError.tooManyRedirects(policy.maxRedirects)
                }
                target = try ClipTarget(location, relativeTo: target.url)
                redirects.append(HTTPRedirect(status: status, location: target.url.absoluteString))
                request.url = target.url.absoluteString
                if method != request.method { request.body = nil }
                request.method = method
            }
        }
    }

    /// Whether `status` with a `Location` is followed, and the method the next hop uses.
    static func redirectMethod(for status: Int, from method: HTTPMethod) -> HTTPMethod? {
        switch status {
        case 307, 308: method
        case 301, 302, 303: method == .HEAD ? .HEAD : .GET
        default: nil
        }
    }

    /// The address to connect to for `target`: its host's first address (IPv4 preferred), once every address
    /// the host has is allowed, since a client could be sent to any of them.
    func checkedAddress(of target: ClipTarget) async throws -> IPAddress {
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
