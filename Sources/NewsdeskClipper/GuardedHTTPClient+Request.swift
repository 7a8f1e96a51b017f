import AsyncHTTPClient
import NIOCore
import NIOHTTP1

extension GuardedHTTPClient {
    /// One request to `target`, connected to `address` whatever the host's name resolves to by then.
    func send(
        _ request: OutgoingRequest, to target: ClipTarget, at address: IPAddress,
        acceptHead: @escaping @Sendable (Int, HTTPHeaders) throws -> Void
    ) async throws -> Hop {
        var configuration = clientConfiguration
        configuration.dnsOverride = [target.host: address.description]
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        configuration.timeout = .init(connect: TimeAmount(policy.timeout), read: TimeAmount(policy.timeout))
        // A refused connection should say so at once rather than be retried until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroup: eventLoopGroup, configuration: configuration)
        do {
            let hop = try await send(request, to: target, with: client, acceptHead: acceptHead)
            try? await client.shutdown()
            return hop
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private func send(
        _ request: OutgoingRequest, to target: ClipTarget, with client: HTTPClient,
        acceptHead: @Sendable (Int, HTTPHeaders) throws -> Void
    ) async throws -> Hop {
        var outgoing = HTTPClientRequest(url: target.url.absoluteString)
        outgoing.method = request.method
        for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
        if !outgoing.headers.contains(name: "User-Agent") {
            outgoing.headers.add(name: "User-Agent", value: policy.userAgent)
        }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await client.execute(outgoing, deadline: .now() + TimeAmount(policy.timeout))
        let status = Int(response.status.code)
        if let method = Self.redirectMethod(for: status, from: request.method),
            let location = response.headers.first(name: "Location")
        {
            return .redirect(location, method, status: status)
        }
        try acceptHead(status, response.headers)
        let body = request.readsBody ? try await body(of: response, prefix: request.bodyPrefix) : []
        return .response(OutgoingResponse(status: status, headers: response.headers, body: body, url: target.url))
    }

    /// The body, refused as soon as it is known to pass the limit: up front by its `Content-Length`, else
    /// when the bytes read so far do. With a `prefix`, reading stops there instead; the rest is never
    /// downloaded, as the client that read it is shut down after the request.
    private func body(of response: HTTPClientResponse, prefix: Int?) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        if let prefix {
            let limit = min(prefix, policy.maxBytes)
            for try await chunk in response.body {
                bytes.append(contentsOf: chunk.readableBytesView.prefix(limit - bytes.count))
                if bytes.count >= limit { break }
            }
            return bytes
        }
        if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > policy.maxBytes {
            throw ClipFetchError.tooLarge(policy.maxBytes)
        }
        for try await chunk in response.body {
            guard bytes.count + chunk.readableBytes <= policy.maxBytes else {
                throw ClipFetchError.tooLarge(policy.maxBytes)
            }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        return bytes
    }
}
