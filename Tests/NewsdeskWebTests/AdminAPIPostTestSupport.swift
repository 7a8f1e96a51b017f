import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// The body the issue's curl example sends: a published, clipped post.
let issueCurlPostBody = """
    {"title": "The council votes on the bridge", "commentary": "Finally, a vote.", "status": "published",
     "labels": ["Bridges", "Council"],
     "clipping": {"sourceURL": "https://news.example/bridge", "outlet": "Example News",
      "headline": "Council to vote on bridge", "excerpt": ["The council meets on Tuesday.", "A vote is expected."]}}
    """

/// A JSON request to the Admin API with `secret` as the bearer token, when given.
func sendAdminAPI(
    _ client: any TestClientProtocol, _ uri: String, method: HTTPRequest.Method, secret: String?, json: String? = nil
) async throws -> TestResponse {
    var headers: HTTPFields = [.forwardedFor: "192.0.2.1", .contentType: "application/json"]
    if let secret { headers[.authorization] = "Bearer \(secret)" }
    return try await client.execute(
        uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
}

/// The JSON object of an answer.
func jsonObject(_ response: TestResponse) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any] ?? [:]
}
