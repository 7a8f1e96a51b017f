import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

/// ``withMemoryDemoApp(settings:secureCookies:cache:allowPrivateOutgoing:_:)`` with ``NewsroomArchive`` imported
/// beside the reference post: clips from two outlets, labels, a draft, a scheduled post, a page, comments.
func withMemoryNewsroomApp(
    _ test: @escaping @Sendable (any TestClientProtocol, InMemoryStore) async throws -> Void
) async throws {
    try await withMemoryDemoApp { client, store in
        _ = try await store.importArchive(NewsroomArchive.archive, options: .init()) { _, _ in }
        try await test(client, store)
    }
}

/// Reads Content API answers in tests.
enum APITest {
    /// `type` decoded from a response's JSON body.
    static func decode<T: Decodable>(_ type: T.Type, _ response: TestResponse) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(response.text.utf8))
    }

    /// GET `uri`, which must answer 200 with JSON, decoded as `type`.
    static func get<T: Decodable>(_ client: any TestClientProtocol, _ uri: String, as type: T.Type) async throws -> T {
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .ok, "\(uri): \(response.text)")
        #expect(response.headers[.contentType] == "application/json", "\(uri)")
        return try decode(type, response)
    }

    /// GET `uri`, which must answer `status` with a problem document; the problem.
    @discardableResult
    static func problem(_ client: any TestClientProtocol, _ uri: String, _ status: HTTPResponse.Status) async throws
        -> ProblemDetails
    {
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == status, "\(uri): \(response.text)")
        #expect(response.headers[.contentType] == ProblemDetails.mediaType, "\(uri)")
        #expect(response.headers[.accessControlAllowOrigin] == "*", "\(uri)")
        let problem = try decode(ProblemDetails.self, response)
        #expect(problem.status == status.code && problem.detail.hasSuffix("."), "\(uri): \(problem.detail)")
        return problem
    }

    /// GET `uri` until its JSON, decoded as `type`, satisfies `condition` (a changed answer is served stale
    /// while the fresh one is made, as pages are); the last answer.
    static func eventually<T: Decodable>(
        _ client: any TestClientProtocol, _ uri: String, as type: T.Type, _ condition: (T) -> Bool
    ) async throws -> T {
        var answer = try await get(client, uri, as: type)
        for _ in 0..<60 where !condition(answer) {
            try await Task.sleep(for: .milliseconds(50))
            answer = try await get(client, uri, as: type)
        }
        return answer
    }
}
