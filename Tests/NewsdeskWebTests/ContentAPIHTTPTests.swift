import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Content API over HTTP: ETags, CORS, methods, errors, moved and gone sources")
struct ContentAPIHTTPTests {
    @Test("answers carry a strong ETag and no-cache; If-None-Match gets a 304; HEAD has no body")
    func etags() async throws {
        try await withMemoryNewsroomApp { client, _ in
            for uri in ["/api/v1/posts", "/api/v1/labels", "/api/v1/search?q=drones", "/api/openapi.json"] {
                let first = try await client.execute(uri: uri, method: .get)
                let etag = try #require(first.headers[.eTag], "\(uri)")
                #expect(etag.hasPrefix("\"") && !etag.hasPrefix("W/"), "\(uri)")
                let again = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: etag])
                #expect(again.status == .notModified && again.body.readableBytes == 0, "\(uri)")
                #expect(again.headers[.accessControlAllowOrigin] == "*", "\(uri)")
                let head = try await client.execute(uri: uri, method: .head)
                #expect(head.status == .ok && head.body.readableBytes == 0 && head.headers[.eTag] == etag, "\(uri)")
            }
            let posts = try await client.execute(uri: "/api/v1/posts", method: .get)
            #expect(posts.headers[.cacheControl] == "no-cache")
            #expect(posts.headers[.accessControlAllowOrigin] == "*")
        }
    }

    @Test("OPTIONS answers the CORS preflight; other methods are a 405 problem; unknown addresses a 404 problem")
    func methods() async throws {
        try await withMemoryNewsroomApp { client, _ in
            let preflight = try await client.execute(
                uri: "/api/v1/posts", method: .options,
                headers: [.origin: "https://app.example", .accessControlRequestMethod: "GET"])
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowOrigin] == "*")
            #expect(preflight.headers[.accessControlAllowMethods] == "GET, HEAD, OPTIONS")
            #expect(preflight.headers[.accessControlAllowHeaders]?.contains("If-None-Match") == true)
            let post = try await client.execute(uri: "/api/v1/posts", method: .post)
            #expect(post.status == .methodNotAllowed && post.headers[.allow] == "GET, HEAD, OPTIONS")
            #expect(post.headers[.contentType] == ProblemDetails.mediaType)
            for uri in ["/api/v1/nothing", "/api/v1", "/api", "/api/v2/posts", "/api/v1/posts/1/nothing"] {
                let problem = try await APITest.problem(client, uri, .notFound)
                #expect(problem.detail == "There is nothing at this address.", "\(uri)")
            }
            try await APITest.problem(client, "/api/v1/search?q=%00", .badRequest)
        }
    }

    @Test("the OpenAPI document is served as JSON")
    func document() async throws {
        try await withMemoryDemoApp { client, _ in
            let response = try await client.execute(uri: "/api/openapi.json", method: .get)
            #expect(response.status == .ok && response.headers[.contentType] == "application/json")
            let document = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
            #expect(document?["openapi"] as? String == "3.1.0")
        }
    }

    @Test("a moved source sends readers to its new address; a gone one offers the archived copy")
    func movedAndGone() async throws {
        try await withMemoryDemoApp { client, store in
            let id = try #require(try await store.post(atPath: referencePath)?.id)
            let uri = "/api/v1/posts/\(id)"
            _ = try await APITest.get(client, uri, as: APIPost.self)
            try await recordSource(.moved(to: referenceSourceMoved), in: store)
            let moved = try await APITest.eventually(client, uri, as: APIPost.self) {
                $0.clipping?.sourceStatus == "moved"
            }.clipping
            #expect(moved?.sourceURL == referenceSource && moved?.readerURL == referenceSourceMoved)
            #expect(moved?.archivedCopy == nil)
            try await recordSource(.gone, in: store)
            let gone = try await APITest.eventually(client, uri, as: APIPost.self) {
                $0.clipping?.sourceStatus == "gone"
            }
            #expect(gone.clipping?.readerURL == referenceSource)
            #expect(gone.clipping?.archivedCopy == "https://web.archive.org/web/20110117140500/" + referenceSource)
            #expect(gone.html.contains(ReaderSource.brokenNote))
            let list = try await APITest.get(client, "/api/v1/posts", as: APIPostList.self)
            #expect(list.posts.first?.clipping == gone.clipping)
        }
    }
}
