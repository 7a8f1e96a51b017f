import Foundation
import NewsdeskTestSupport
import Testing

/// newsdesk behind Debian's nginx with its standard `X-Forwarded-For $proxy_add_x_forwarded_for`: nginx on
/// 127.0.0.2 (and connecting from it), newsdesk trusting 127.0.0.2 only, clients on 127.0.0.3 and 127.0.0.4
/// that write their own `X-Forwarded-For`, with a new made-up address each time.
@Suite("Behind a reverse proxy", .serialized)
final class ReverseProxyTests: Sendable {
    let directory: URL
    static let postPath = "/2011/01/is-chinese-military-interested-in.html"

    init() throws {
        directory = try ServerProcess.scratchDirectory("newsdesk-proxy")
    }

    deinit { ServerProcess.removeScratchDirectory(directory) }

    /// Runs `test` with newsdesk (trusting 127.0.0.2) behind nginx on 127.0.0.2, the comment form's 2-second
    /// wait off and its limit 5 a minute.
    func withProxiedServer(_ test: (NginxProcess) async throws -> Void) async throws {
        let database = directory.appendingPathComponent("proxy.sqlite").path
        let server = try await ServerProcess(
            arguments: ["--demo", "--database", database, "--trusted-proxy", "127.0.0.2"], directory: directory)
        defer { server.stop() }
        let policy = try await ServerProcess.run([
            "comments", "policy", "--min-seconds", "0", "--rate-per-minute", "5", "--database", database,
        ])
        try #require(policy.status == 0, "\(policy.output)")
        let nginx = try await NginxProcess(
            host: "127.0.0.2", upstream: "127.0.0.1:\(server.port)", directory: directory)
        defer { nginx.stop() }
        // The server reads the new policy within moments.
        try await Task.sleep(for: .seconds(1))
        try await test(nginx)
    }

    /// A request through nginx from `client`, claiming to come from `spoofed`.
    func send(
        _ method: String, _ path: String, via nginx: NginxProcess, from client: String, spoofed: String,
        form: [(String, String)] = []
    ) async throws -> RawHTTPReply {
        var headers = [("X-Forwarded-For", spoofed)]
        if method == "POST" { headers.append(("Content-Type", "application/x-www-form-urlencoded")) }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        let body = form.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
        return try await RawHTTPReply.exchange(
            method, path, host: nginx.host, port: nginx.port, from: client, headers: headers, body: body)
    }

    /// Wrong passwords from `client`, each claiming another address; the status of each.
    func failedSignIns(_ count: Int, via nginx: NginxProcess, from client: String) async throws -> [Int] {
        var statuses: [Int] = []
        for attempt in 1...count {
            let spoofed = "198.51.100.\(attempt)"
            let form = try await send("GET", "/admin/login", via: nginx, from: client, spoofed: spoofed)
            let token = PageScraping.formToken(in: form.body) ?? ""
            statuses.append(
                try await send(
                    "POST", "/admin/login", via: nginx, from: client, spoofed: spoofed,
                    form: [("email", "ed@example.com"), ("password", "guess \(attempt)"), ("token", token)]
                ).status)
        }
        return statuses
    }

    @Test("a client that writes its own X-Forwarded-For is still locked out after 5 failed sign-ins")
    func lockout() async throws {
        try await withProxiedServer { nginx in
            let statuses = try await failedSignIns(8, via: nginx, from: "127.0.0.3")
            #expect(statuses == [401, 401, 401, 401, 401, 429, 429, 429])
            // Another client behind the same proxy is its own address, not the proxy's.
            #expect(try await failedSignIns(1, via: nginx, from: "127.0.0.4") == [401])
        }
    }

    @Test("a client that writes its own X-Forwarded-For is still held to 5 comments a minute")
    func commentRateLimit() async throws {
        try await withProxiedServer { nginx in
            func comment(_ index: Int, from client: String) async throws -> Int {
                let spoofed = "203.0.113.\(index)"
                let page = try await send("GET", Self.postPath, via: nginx, from: client, spoofed: spoofed)
                let token = PageScraping.formToken(in: page.body) ?? ""
                return try await send(
                    "POST", Self.postPath, via: nginx, from: client, spoofed: spoofed,
                    form: [
                        ("name", "Reader \(index)"), ("body", "Comment number \(index) from \(client)"),
                        ("token", token),
                    ]
                ).status
            }
            var statuses: [Int] = []
            for index in 1...7 { statuses.append(try await comment(index, from: "127.0.0.3")) }
            #expect(statuses == [303, 303, 303, 303, 303, 429, 429])
            #expect(try await comment(8, from: "127.0.0.4") == 303)
        }
    }
}
