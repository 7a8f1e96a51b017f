import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("The Admin API's post answers, errors included, conform to the OpenAPI document")
struct AdminAPIPostDocumentTests {
    @Test("each operation's sample answers match the document's schema for their status and media type")
    func samples() async throws {
        let check = OpenAPISchemaCheck(document: try OpenAPIDocumentTests.document())
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let write = try await makeAPIToken(store, for: ed, scope: .write)
            let read = try await makeAPIToken(store, for: ed, scope: .read)
            let list = "/api/v1/admin/posts"
            let one = "/api/v1/admin/posts/{id}"
            let made = try await sendAdminAPI(client, list, method: .post, secret: write, json: issueCurlPostBody)
            let id = try #require(try jsonObject(made)["id"] as? Int)
            let draft = #"{"title": "A draft"}"#
            let samples: [(String, HTTPRequest.Method, String?, String?, String, HTTPResponse.Status)] = [
                (list, .post, write, draft, list, .created),
                (list, .post, write, #"{"title": ""}"#, list, .unprocessableContent),
                (list, .post, write, "[", list, .badRequest),
                (
                    list, .post, write, String(repeating: " ", count: AdminAPIPostInput.maximumBytes + 1), list,
                    .contentTooLarge
                ),
                (list, .post, read, draft, list, .forbidden),
                (list, .post, nil, draft, list, .unauthorized),
                (list, .get, read, nil, list, .ok),
                (list + "?status=draft&limit=1", .get, read, nil, list, .ok),
                (list + "?status=gone", .get, read, nil, list, .badRequest),
                ("\(list)/\(id)", .get, read, nil, one, .ok),
                ("\(list)/999999", .get, read, nil, one, .notFound),
                ("\(list)/\(id)", .patch, write, #"{"status": "draft"}"#, one, .ok),
                ("\(list)/\(id)", .patch, write, #"{"status": "scheduled"}"#, one, .unprocessableContent),
                ("\(list)/\(id)", .delete, read, nil, one, .forbidden),
                ("\(list)/\(id)", .delete, write, nil, one, .noContent),
                ("\(list)/\(id)", .patch, write, draft, one, .conflict),
            ]
            for (uri, method, secret, json, path, status) in samples {
                let response = try await sendAdminAPI(client, uri, method: method, secret: secret, json: json)
                #expect(response.status == status, "\(method) \(uri): \(response.text)")
                guard status != .noContent else { continue }
                let mediaType = try #require(response.headers[.contentType], "\(uri)")
                let schema = try #require(
                    check.responseSchema(
                        path: path, method: method.rawValue.lowercased(), status: String(status.code),
                        mediaType: mediaType),
                    "\(method) \(uri): the document has no \(status.code) \(mediaType) answer")
                let problems = check.problems(try JSONValue.parse(Data(response.text.utf8)), schema)
                #expect(problems.isEmpty, "\(method) \(uri): \(problems.joined(separator: "; "))")
            }
        }
    }
}
