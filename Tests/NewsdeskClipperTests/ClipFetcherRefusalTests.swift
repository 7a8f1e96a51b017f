import AsyncHTTPClient
import Testing

@testable import NewsdeskClipper

@Suite("Refusing what is not a public web page")
struct ClipFetcherRefusalTests {
    /// A fetcher with `policy` whose every connection would go through the test server as its proxy: a
    /// request that slipped past the checks would be recorded there instead of leaving the machine.
    private func guardedFetcher(_ policy: OutgoingPolicy, server: ClipTestServer) -> ClipFetcher {
        // A refusal, not the deadline, must end each fetch, however loaded the machine.
        var policy = policy
        policy.timeout = .seconds(30)
        var fetcher = ClipFetcher(httpClient: .shared, policy: policy)
        fetcher.clientConfiguration.proxy = .server(host: "127.0.0.1", port: server.port)
        return fetcher
    }

    @Test("the guard is real: a request that got past the checks reaches the test server instead")
    func guardWorks() async throws {
        try await ClipTestServer.with { server in
            let fetcher = guardedFetcher(OutgoingPolicy(allowPrivateAddresses: true), server: server)
            await #expect(throws: ClipFetchError.self) { try await fetcher.fetch("http://127.0.0.2:9/article") }
            // AsyncHTTPClient tunnels through a proxy, so the stray request arrives as a CONNECT to its target.
            #expect(server.paths == ["127.0.0.2:9"])
        }
    }

    @Test("loopback, private, link-local and numeric disguises are refused without a connection")
    func privateAddresses() async throws {
        try await ClipTestServer.with { server in
            let fetcher = guardedFetcher(OutgoingPolicy(), server: server)
            let cases = [
                ("http://127.0.0.1:\(server.port)/article", "127.0.0.1"),
                ("http://localhost:\(server.port)/article", "localhost"),
                ("http://[::1]:\(server.port)/", "::1"),
                ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
                ("http://10.0.0.1/", "10.0.0.1"),
                ("http://192.168.1.1/", "192.168.1.1"),
                ("https://172.16.0.1/", "172.16.0.1"),
                ("http://100.64.0.1/", "100.64.0.1"),
                ("http://0.0.0.0:\(server.port)/", "0.0.0.0"),
                ("http://2130706433/", "2130706433"),
                ("http://0x7f.1/", "0x7f.1"),
                ("http://127.1:\(server.port)/", "127.1"),
                ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1"),
                ("http://[::ffff:a9fe:a9fe]/", "::ffff:a9fe:a9fe"),
                ("http://[fe80::1]/", "fe80::1"),
                ("http://[fd00::1]/", "fd00::1"),
                ("http://[2002:a00:1::]/", "2002:a00:1::"),
                ("http://[64:ff9b::7f00:1]/", "64:ff9b::7f00:1"),
            ]
            for (url, host) in cases {
                let error = await #expect(throws: ClipFetchError.refusedAddress(host), "\(url)") {
                    try await fetcher.fetch(url)
                }
                #expect(
                    error?.description == "That address (\(host)) is on a private network; Newsdesk does not fetch it.")
            }
            #expect(server.paths.isEmpty)
        }
    }

    @Test("a redirect from an allowed server to a refused address is refused before connecting")
    func redirectToPrivate() async throws {
        try await ClipTestServer.with { server in
            var policy = OutgoingPolicy()
            policy.allowedAddressScopes = [.loopback]
            // What is tested is the refusal; a loaded machine may take longer than the usual 5 s for the hops.
            policy.timeout = .seconds(30)
            let fetcher = ClipFetcher(httpClient: .shared, policy: policy)
            // First a hop that would land on this machine (0.0.0.0 is this host): let through, it would reach
            // the server as "/article". Only when it is refused are the hops that would leave the machine tried.
            let unspecified = await #expect(throws: ClipFetchError.self) {
                try await fetcher.fetch(server.url("/to/unspecified"))
            }
            try #require(unspecified == .refusedAddress("0.0.0.0"))
            for host in ["10.0.0.1", "169.254.169.254"] {
                try #require(!policy.allows(try #require(IPAddress(host))))
            }
            await #expect(throws: ClipFetchError.refusedAddress("10.0.0.1")) {
                try await fetcher.fetch(server.url("/to/private"))
            }
            await #expect(throws: ClipFetchError.refusedAddress("169.254.169.254")) {
                try await fetcher.fetch(server.url("/to/metadata"))
            }
            #expect(server.paths == ["/to/unspecified", "/to/private", "/to/metadata"])
        }
    }

    @Test(
        "what is not an http(s) address with a host is refused before anything",
        arguments: [
            ("ftp://example.com/story", ClipFetchError.unsupportedScheme("ftp")),
            ("file:///etc/passwd", .unsupportedScheme("file")),
            ("javascript:alert(1)", .unsupportedScheme("javascript")),
            ("HTTPX://example.com/", .unsupportedScheme("httpx")),
            ("example.com/story", .invalidURL),
            ("http:///story", .invalidURL),
            ("", .invalidURL),
            ("not a url at all", .invalidURL),
            ("https://example.com/" + String(repeating: "a", count: 2_000), .invalidURL),
        ])
    func invalid(url: String, expected: ClipFetchError) async {
        await #expect(throws: expected) { try await ClipFetcher(httpClient: .shared).fetch(url) }
    }
}
