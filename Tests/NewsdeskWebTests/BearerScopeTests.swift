import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("A token's scope: read reads; write writes posts and media; moderate moderates comments")
struct BearerScopeTests {
    /// The Admin API's middleware in front of routes standing for the writes to come: each asks for the
    /// scope its kind of write needs, as the real routes will.
    static func withScopedRoutes(
        _ test: @escaping @Sendable (any TestClientProtocol, InMemoryStore) async throws -> Void
    ) async throws {
        let store = InMemoryStore()
        let router = Router(context: NewsdeskRequestContext.self)
        let admin = router.group("api/v1/admin")
            .add(middleware: APIErrorMiddleware())
            .add(middleware: BearerTokenMiddleware(tokens: store, failures: store, trustedProxies: .routerTests))
        AdminAPIMeController().addRoutes(to: admin)
        admin.post("posts") { _, context in
            "Posted as \(try context.apiCaller(requiring: .write).user.email)."
        }
        admin.post("comments/:id/approve") { _, context in
            "Approved as \(try context.apiCaller(requiring: .moderate).user.email)."
        }
        try await Application(router: router).test(.router) { client in try await test(client, store) }
    }

    @Test("each scope reaches its own writes and no others, refused with 403 and the scope it needs")
    func scopes() async throws {
        try await Self.withScopedRoutes { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            var secrets: [APIScope: String] = [:]
            for scope in APIScope.allCases { secrets[scope] = try await makeAPIToken(store, for: ed, scope: scope) }
            let expected: [(APIScope, String, HTTPResponse.Status)] = [
                (.read, "/api/v1/admin/me", .ok), (.read, "/api/v1/admin/posts", .forbidden),
                (.read, "/api/v1/admin/comments/1/approve", .forbidden),
                (.write, "/api/v1/admin/me", .ok), (.write, "/api/v1/admin/posts", .ok),
                (.write, "/api/v1/admin/comments/1/approve", .forbidden),
                (.moderate, "/api/v1/admin/me", .ok), (.moderate, "/api/v1/admin/posts", .forbidden),
                (.moderate, "/api/v1/admin/comments/1/approve", .ok),
            ]
            for (scope, uri, status) in expected {
                let method: HTTPRequest.Method = uri.hasSuffix("/me") ? .get : .post
                let response = try await callAdminAPI(
                    client, uri, method: method, authorization: "Bearer \(secrets[scope] ?? "")")
                #expect(response.status == status, "\(scope) \(uri)")
                if status == .forbidden {
                    let needed = scope == .read ? "write moderate" : uri.hasSuffix("/posts") ? "write" : "moderate"
                    #expect(
                        response.headers[.wwwAuthenticate]
                            == "Bearer realm=\"Newsdesk\", error=\"insufficient_scope\", scope=\"\(needed)\"")
                    let problem = try JSONDecoder().decode(ProblemDetails.self, from: Data(response.text.utf8))
                    #expect(problem.detail.contains("has the \(scope.rawValue) scope"))
                    #expect(
                        problem.detail.contains(
                            scope == .read ? "changes need" : "needs a token with the \(needed) scope"))
                }
            }
        }
    }

    @Test("the scopes' rule: every scope reads, each writing scope only its own writes")
    func rule() {
        #expect(APIScope.allCases.allSatisfy { $0.allows(.read) })
        #expect(APIScope.write.allows(.write) && !APIScope.write.allows(.moderate))
        #expect(APIScope.moderate.allows(.moderate) && !APIScope.moderate.allows(.write))
        #expect(!APIScope.read.allows(.write) && !APIScope.read.allows(.moderate))
    }

    @Test("secrets are nd_ and 43 base64url characters, each new; only their SHA-256 is stored")
    func secrets() {
        let secret = APITokenSecret.random()
        #expect(secret.hasPrefix("nd_") && secret.count == 46)
        #expect(APITokenSecret.isWellFormed(secret))
        #expect(
            !APITokenSecret.isWellFormed(secret + "x")
                && !APITokenSecret.isWellFormed("nd_" + "!" + secret.dropFirst(4)))
        #expect(APITokenSecret.random() != secret)
        #expect(APITokenSecret.hash(secret).count == 64 && APITokenSecret.hash(secret) != secret)
        #expect(APITokenSecret.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
