import NewsdeskClipper
import NewsdeskCore
import Testing

@Suite("What the guarded client reports")
struct GuardedHTTPClientTests {
    private let client = GuardedHTTPClient(policy: OutgoingPolicy(timeout: .seconds(30), allowPrivateAddresses: true))

    @Test("each redirect followed is reported with its status and resolved address")
    func redirects() async throws {
        try await ClipTestServer.with { server in
            let response = try await client.send(OutgoingRequest(url: server.url("/redirect/2")))
            #expect(response.status == 200)
            #expect(response.url.absoluteString == server.url("/article"))
            #expect(
                response.redirects == [
                    HTTPRedirect(status: 302, location: server.url("/redirect/1")),
                    HTTPRedirect(status: 302, location: server.url("/redirect/0")),
                    HTTPRedirect(status: 302, location: server.url("/article")),
                ])
        }
    }

    @Test(
        "a body's first bytes can be read from a page past the size limit, however it is sent",
        arguments: [
            "/huge", "/huge-stream",
        ])
    func prefix(path: String) async throws {
        try await ClipTestServer.with { server in
            let request = OutgoingRequest(url: server.url(path), bodyPrefix: 1_000)
            let response = try await client.send(request)
            #expect(response.body.count == 1_000)
            await #expect(throws: ClipFetchError.tooLarge(2 * 1024 * 1024)) {
                try await client.send(OutgoingRequest(url: server.url(path)))
            }
        }
    }
}
