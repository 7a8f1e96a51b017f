import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("The Admin API's comment and media answers, errors included, conform to the OpenAPI document")
struct AdminAPIModerationDocumentTests {
    typealias Sample = (
        uri: String, method: HTTPRequest.Method, secret: String?, path: String, status: HTTPResponse.Status
    )

    @Test("each comment operation's sample answers match the document's schema for their status")
    func comments() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let moderate = try await makeAPIToken(store, for: ed, scope: .moderate)
            let write = try await makeAPIToken(store, for: ed, scope: .write)
            let held = try await heldComment(store)
            let list = "/api/v1/admin/comments"
            let one = "\(list)/{id}"
            var samples: [Sample] = [
                (list, .get, moderate, list, .ok),
                ("\(list)?status=deleted&limit=1&page=3", .get, moderate, list, .ok),
                ("\(list)?status=nope", .get, moderate, list, .badRequest),
                (list, .get, write, list, .forbidden),
                (list, .get, nil, list, .unauthorized),
                ("\(list)/\(held.id)", .get, moderate, one, .ok),
                ("\(list)/0", .get, moderate, one, .badRequest),
                ("\(list)/99999", .get, moderate, one, .notFound),
                ("\(list)/\(held.id)/restore", .post, moderate, "\(one)/restore", .conflict),
            ]
            for action in ModerationAction.allCases {
                samples.append(("\(list)/\(held.id)/\(action)", .post, moderate, "\(one)/\(action)", .ok))
                samples.append(("\(list)/\(held.id)/\(action)", .post, write, "\(one)/\(action)", .forbidden))
                samples.append(("\(list)/99999/\(action)", .post, moderate, "\(one)/\(action)", .notFound))
            }
            for sample in samples {
                let response = try await sendAdminAPI(client, sample.uri, method: sample.method, secret: sample.secret)
                try Self.check(response, sample)
            }
        }
    }

    @Test("the media upload's answers match the document's schema for their status")
    func media() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let write = try await makeAPIToken(store, for: ed, scope: .write)
            let read = try await makeAPIToken(store, for: ed, scope: .read)
            let path = "/api/v1/admin/media"
            let png = AdminMediaTests.png
            let huge = png + [UInt8](repeating: 0, count: ImageKind.maximumBytes)
            let answers: [(TestResponse, HTTPResponse.Status)] = [
                (try await uploadAdminAPIForm(client, secret: write, bytes: png), .created),
                (try await uploadAdminAPI(client, secret: write, contentType: "image/webp", body: png), .created),
                (
                    try await uploadAdminAPI(client, secret: write, contentType: "image/png", body: huge),
                    .contentTooLarge
                ),
                (
                    try await uploadAdminAPI(client, secret: write, contentType: "text/plain", body: png),
                    .unsupportedMediaType
                ),
                (try await uploadAdminAPIForm(client, secret: write, bytes: png, part: "other"), .unprocessableContent),
                (
                    try await uploadAdminAPI(client, secret: write, contentType: "multipart/form-data", body: png),
                    .badRequest
                ),
                (try await uploadAdminAPIForm(client, secret: read, bytes: png), .forbidden),
                (try await uploadAdminAPIForm(client, secret: nil, bytes: png), .unauthorized),
            ]
            for (response, status) in answers {
                try Self.check(response, (path, .post, nil, path, status))
            }
        }
    }

    /// Expects `response` to have the sample's status and a body the document's schema for it allows.
    static func check(_ response: TestResponse, _ sample: Sample) throws {
        let check = OpenAPISchemaCheck(document: try OpenAPIDocumentTests.document())
        let label = "\(sample.method) \(sample.uri) (\(sample.status.code))"
        #expect(response.status == sample.status, "\(label): \(response.text)")
        let mediaType = try #require(response.headers[.contentType], "\(label)")
        let schema = try #require(
            check.responseSchema(
                path: sample.path, method: sample.method.rawValue.lowercased(), status: String(sample.status.code),
                mediaType: mediaType),
            "\(label): the document has no \(sample.status.code) \(mediaType) answer")
        let problems = check.problems(try JSONValue.parse(Data(response.text.utf8)), schema)
        #expect(problems.isEmpty, "\(label): \(problems.joined(separator: "; "))")
    }
}
