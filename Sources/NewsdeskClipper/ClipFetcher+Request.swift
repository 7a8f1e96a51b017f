import AsyncHTTPClient
import NIOCore

extension ClipFetcher {
    /// One GET of `target`, connected to `address` whatever the host's name resolves to by then.
    func request(_ target: ClipTarget, at address: IPAddress) async throws -> Hop {
        var configuration = clientConfiguration
        configuration.dnsOverride = [target.host: address.description]
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        configuration.timeout = .init(connect: TimeAmount(policy.timeout), read: TimeAmount(policy.timeout))
        // A refused connection should say so at once rather than be retried until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroup: eventLoopGroup, configuration: configuration)
        do {
            let hop = try await request(target, with: client)
            try? await client.shutdown()
            return hop
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private func request(_ target: ClipTarget, with client: HTTPClient) async throws -> Hop {
        var request = HTTPClientRequest(url: target.url.absoluteString)
        request.headers.add(name: "User-Agent", value: policy.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
        let response = try await client.execute(request, deadline: .now() + TimeAmount(policy.timeout))
        let status = Int(response.status.code)
        if [301, 302, 303, 307, 308].contains(status), let location = response.headers.first(name: "Location") {
            return .redirect(location)
        }
        guard (200...299).contains(status) else { throw ClipFetchError.httpStatus(status) }
        let contentType = response.headers.first(name: "Content-Type")
        let mediaType = ClipCharset.mediaType(of: contentType ?? "")
        guard mediaType == "text/html" || mediaType == "application/xhtml+xml" else {
            throw ClipFetchError.notHTML(mediaType.isEmpty ? "no type given" : mediaType)
        }
        let bytes = try await body(of: response)
        return .page(Page(html: ClipCharset.decode(bytes, contentType: contentType), url: target.url))
    }

    /// The body, refused as soon as it is known to pass the limit: up front by its `Content-Length`, else
    /// when the bytes read so far do.
    private func body(of response: HTTPClientResponse) async throws -> [UInt8] {
        if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > policy.maxBytes {
            throw ClipFetchError.tooLarge(policy.maxBytes)
        }
        var bytes: [UInt8] = []
        for try await chunk in response.body {
            guard bytes.count + chunk.readableBytes <= policy.maxBytes else {
                throw ClipFetchError.tooLarge(policy.maxBytes)
            }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        return bytes
    }
}
