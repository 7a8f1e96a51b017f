import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Bearer tokens at /api/v1/admin/: only the Authorization header lets a program in")
struct BearerTokenTests {
    /// The answer's problem document, when it is one.
    static func problem(_ response: TestResponse) throws -> ProblemDetails {
        #expect(response.headers[.contentType] == ProblemDetails.mediaType)
        return try JSONDecoder().decode(ProblemDetails.self, from: Data(response.text.utf8))
    }

    @Test("a live token answers who it acts as, and its use is recorded; nothing keeps the answer")
    func me() async throws {
        try await withMemoryDemoApp { client, store in
            let ann = try await addUser(store, email: "ann@example.com", name: "Ann Reporter", role: .author)
            let secret = try await makeAPIToken(store, for: ann, scope: .write, name: "Ann's phone")
            let response = try await callAdminAPI(client, authorization: "Bearer \(secret)")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.headers[.cacheControl] == "no-store")
            // Only the Content API is for other sites' scripts.
            #expect(response.headers[.accessControlAllowOrigin] == nil)
            let me = try JSONDecoder().decode(AdminAPIMeController.Me.self, from: Data(response.text.utf8))
            let token = try #require(try await store.apiTokens().first)
            #expect(
                me.user
                    == .init(
                        id: try #require(ann.id), email: "ann@example.com", displayName: "Ann Reporter", role: .author))
            #expect(me.token == .init(id: token.id, name: "Ann's phone", scope: .write))
            #expect(token.lastUsedAt != nil)
            // The scheme's case does not matter (RFC 9110).
            #expect(try await callAdminAPI(client, authorization: "bearer \(secret)").status == .ok)
        }
    }

    @Test("no header, another scheme, an unknown, malformed or revoked token: 401 with a Bearer challenge")
    func refused() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let revoked = try await makeAPIToken(store, for: ed, scope: .read)
            let id = try #require(try await store.apiTokens().first?.id)
            #expect(try await callAdminAPI(client, authorization: "Bearer \(revoked)").status == .ok)
            _ = try await store.revokeAPIToken(id: id, at: Date())
            let cases: [(String?, String)] = [
                (nil, "needs an API token"), ("Basic ZWQ6cGFzc3dvcmQ=", "needs an API token"),
                ("Bearer", "needs an API token"), ("Bearer \(APITokenSecret.random())", "unknown or has been revoked"),
                ("Bearer not-a-token", "unknown or has been revoked"),
                ("Bearer \(revoked)", "unknown or has been revoked"),
            ]
            for (authorization, sentence) in cases {
                let response = try await callAdminAPI(client, authorization: authorization)
                #expect(response.status == .unauthorized, "\(authorization ?? "no header")")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer realm=\"Newsdesk\"") == true)
                #expect(response.headers[.accessControlAllowOrigin] == nil)
                let problem = try Self.problem(response)
                #expect(problem.status == 401 && problem.detail.contains(sentence), "\(problem.detail)")
            }
        }
    }

    @Test("every route under /api/v1/admin/ refuses a request without a token")
    func everyRoute() async throws {
        let routes = try await TestDatabase.sqlite.withStore { store in
            let site = SiteContext(
                store: store, theme: try await Theme.load(), cache: PageCache(), configuration: AppConfiguration())
            return buildRouter(site: site, logger: TestDatabase.logger).routes.compactMap {
                route -> (HTTPRequest.Method, String)? in
                let path = route.path.description
                guard path.hasPrefix("/api/v1/admin/") else { return nil }
                let filled = path.split(separator: "/").map {
                    $0.hasPrefix(":") || $0.hasPrefix("{") ? "1" : String($0)
                }
                return (route.method, "/" + filled.joined(separator: "/"))
            }
        }
        #expect(routes.contains { $0.0 == .get && $0.1 == "/api/v1/admin/me" })
        try await withMemoryDemoApp { client, _ in
            for (method, path) in routes {
                let response = try await callAdminAPI(client, path, method: method, authorization: nil)
                #expect(response.status == .unauthorized, "\(method) \(path)")
                #expect(response.headers[.contentType] == ProblemDetails.mediaType, "\(method) \(path)")
            }
        }
    }

    @Test("an admin's session cookie alone is refused: the API takes no cookies, so no forged form gets in")
    func cookieAlone() async throws {
        try await withMemoryDemoApp { client, store in
            let browser = try await signedIn(client, store)
            #expect(try await browser.get(client, "/admin").status == .ok)
            let response = try await callAdminAPI(client, authorization: nil, cookie: browser.cookie)
            #expect(response.status == .unauthorized)
            #expect(try Self.problem(response).detail.contains("Authorization: Bearer"))
        }
    }

    @Test("too many bad tokens from one address: 429 there, while others and good tokens still get in")
    func throttled() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let good = try await makeAPIToken(store, for: ed, scope: .read)
            let bad = "Bearer \(APITokenSecret.random())"
            for _ in 0..<20 {
                #expect(
                    try await callAdminAPI(client, authorization: bad, address: "198.51.100.7").status == .unauthorized)
            }
            let locked = try await callAdminAPI(client, authorization: bad, address: "198.51.100.7")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers[.retryAfter].flatMap { Int($0) }.map { $0 > 0 && $0 <= 900 } == true)
            #expect(try Self.problem(locked).detail.contains("Too many requests with unknown or revoked API tokens"))
            #expect(try await callAdminAPI(client, authorization: bad, address: "198.51.100.8").status == .unauthorized)
            let goodFromThere = try await callAdminAPI(client, authorization: "Bearer \(good)", address: "198.51.100.7")
            #expect(goodFromThere.status == .ok)
        }
    }
}
