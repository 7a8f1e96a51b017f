import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("The OpenAPI document describes the Content API exactly")
struct OpenAPIDocumentTests {
    static func document() throws -> JSONValue {
        try JSONValue.parse(Data(try OpenAPIDocument.text().utf8))
    }

    @Test("every /api/v1 route of the router is in the document, and every path of the document is a route")
    func routes() async throws {
        let configuration = AppConfiguration(
            port: 0, database: .sqlite(path: "/nonexistent/in-memory.sqlite"), logger: TestDatabase.logger)
        let site = SiteContext(
            store: InMemoryStore(), theme: try await Theme.load(), cache: PageCache(), configuration: configuration)
        let routes = buildRouter(site: site, logger: TestDatabase.logger).routes.filter {
            $0.path.description.hasPrefix("/api/v1/")
        }
        let document = try Self.document()
        guard case .object(let paths)? = document["paths"] else {
            Issue.record("The document has no paths.")
            return
        }
        // Every address, whatever its methods: some of the Admin API's answer POST only.
        let routed = Set(routes.map(\.path.description))
        #expect(routed == Set(paths.keys))
        for (path, item) in paths {
            guard case .object(let operations) = item else { continue }
            guard path.hasPrefix("/api/v1/admin/") else {
                #expect(Array(operations.keys) == ["get"], "\(path) documents only GET (HEAD and OPTIONS are generic)")
                continue
            }
            // The Admin API documents each method it answers, and answers each it documents.
            let methods = Set(routes.filter { $0.path.description == path }.map { $0.method.rawValue.lowercased() })
            #expect(Set(operations.keys) == methods, "\(path)")
        }
        // Each Content API address also answers the preflight and refuses writes (the Admin API has its own).
        for path in routed where !path.hasPrefix("/api/v1/admin/") {
            let methods = Set(routes.filter { $0.path.description == path }.map(\.method))
            #expect(methods == [.get, .options, .post, .put, .patch, .delete], "\(path)")
        }
        #expect(document["components"]?["securitySchemes"]?["bearerAuth"]?["scheme"]?.string == "bearer")
    }

    @Test("sample answers, errors included, conform to the document's schemas")
    func samples() async throws {
        let check = OpenAPISchemaCheck(document: try Self.document())
        try await withMemoryNewsroomApp { client, store in
            let id = try #require(try await store.post(atPath: referencePath)?.id)
            try await recordSource(.gone, in: store)
            _ = try await store.addComment(
                NewComment(postID: id, parentID: nil, authorName: "Reply", body: "A reply"))
            let samples: [(String, String, HTTPResponse.Status)] = [
                ("/api/v1/posts", "/api/v1/posts", .ok),
                ("/api/v1/posts?limit=1&page=2&label=Afghanistan", "/api/v1/posts", .ok),
                ("/api/v1/posts?limit=0", "/api/v1/posts", .badRequest),
                ("/api/v1/posts?outlet=Nobody", "/api/v1/posts", .notFound),
                ("/api/v1/posts/\(id)", "/api/v1/posts/{id}", .ok),
                ("/api/v1/posts/x", "/api/v1/posts/{id}", .badRequest),
                ("/api/v1/posts/99999", "/api/v1/posts/{id}", .notFound),
                ("/api/v1/posts/by-path?path=\(referencePath)", "/api/v1/posts/by-path", .ok),
                ("/api/v1/posts/by-path?path=/p/about.html", "/api/v1/posts/by-path", .ok),
                ("/api/v1/posts/\(id)/comments", "/api/v1/posts/{id}/comments", .ok),
                ("/api/v1/pages", "/api/v1/pages", .ok),
                ("/api/v1/labels", "/api/v1/labels", .ok),
                ("/api/v1/sources", "/api/v1/sources", .ok),
                ("/api/v1/search?q=drones", "/api/v1/search", .ok),
                ("/api/v1/search?q=troops&limit=1", "/api/v1/search", .ok),
                ("/api/v1/search", "/api/v1/search", .badRequest),
            ]
            for (uri, path, status) in samples {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == status, "\(uri)")
                let mediaType = try #require(response.headers[.contentType], "\(uri)")
                let schema = try #require(
                    check.responseSchema(path: path, status: String(status.code), mediaType: mediaType),
                    "\(uri): the document has no \(status.code) \(mediaType) answer")
                let problems = check.problems(try JSONValue.parse(Data(response.text.utf8)), schema)
                #expect(problems.isEmpty, "\(uri): \(problems.joined(separator: "; "))")
            }
        }
    }

    @Test("the schema check finds a missing field, an unknown one, a wrong type and a value out of its enum")
    func checkFindsProblems() throws {
        let check = OpenAPISchemaCheck(document: try Self.document())
        let schema = try #require(
            check.responseSchema(path: "/api/v1/labels", status: "200", mediaType: "application/json"))
        let good = #"{"labels": [{"name": "Iraq", "count": 1}]}"#
        #expect(check.problems(try JSONValue.parse(Data(good.utf8)), schema).isEmpty)
        for bad in [
            #"{"labels": [{"name": "Iraq"}]}"#, #"{"labels": [{"name": "Iraq", "count": 1, "x": 2}]}"#,
            #"{"labels": [{"name": "Iraq", "count": "1"}]}"#, #"{"labels": [{"name": "Iraq", "count": 0}]}"#,
            #"{"labels": null}"#,
        ] {
            #expect(!check.problems(try JSONValue.parse(Data(bad.utf8)), schema).isEmpty, "\(bad)")
        }
        let clipping = try #require(check.resolve("#/components/schemas/Clipping"))
        let status =
            #"{"sourceURL": "a", "readerURL": "a", "sourceStatus": "lost", "archivedCopy": null, "#
            + #""outlet": "o", "headline": "h", "excerpt": []}"#
        #expect(check.problems(try JSONValue.parse(Data(status.utf8)), clipping).count == 1)
    }
}
