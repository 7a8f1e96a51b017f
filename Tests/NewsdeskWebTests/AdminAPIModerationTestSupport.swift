import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NewsdeskCore

/// A comment held for moderation on post `postID`.
func heldComment(_ store: any CommentStore, postID: Int64 = 1, body: String = "Held <b>here</b>") async throws
    -> NewsdeskCore.Comment
{
    try await store.addComment(
        NewComment(postID: postID, authorName: "Reader", body: body, status: .pending),
        heldReason: "first-time commenter", formNonce: nil)
}

/// An Admin API request with `body` (of `contentType`) and `secret` as the bearer token, when given.
func uploadAdminAPI(
    _ client: any TestClientProtocol, _ uri: String = "/api/v1/admin/media", secret: String?,
    contentType: String?, body: [UInt8]
) async throws -> TestResponse {
    var headers: HTTPFields = [.forwardedFor: "192.0.2.1"]
    if let contentType { headers[.contentType] = contentType }
    if let secret { headers[.authorization] = "Bearer \(secret)" }
    return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
}

/// Uploads `bytes` as the `file` part of a multipart form, as `curl -F file=@…` does.
func uploadAdminAPIForm(
    _ client: any TestClientProtocol, secret: String?, bytes: [UInt8], part: String = "file"
) async throws -> TestResponse {
    let (headers, body) = AdminMediaTests.multipart([], file: (part, "photo.png", bytes))
    return try await uploadAdminAPI(
        client, secret: secret, contentType: headers[.contentType], body: Array(body.readableBytesView))
}

/// A user whose posts are their own, with a published post of theirs and its id.
func authorWithPost(_ client: any TestClientProtocol, _ store: any AccountStore & APITokenStore, email: String)
    async throws -> (User, Int64)
{
    let author = try await addUser(store, email: email, name: "Ann", role: .author)
    let write = try await makeAPIToken(store, for: author, scope: .write, name: "Ann's app")
    let made = try await sendAdminAPI(
        client, "/api/v1/admin/posts", method: .post, secret: write,
        json: #"{"title": "Ann's post", "commentary": "Mine.", "status": "published"}"#)
    guard let id = try jsonObject(made)["id"] as? Int else {
        throw AdminAPITestError.unexpected("POST /api/v1/admin/posts answered \(made.status): \(made.text)")
    }
    return (author, Int64(id))
}

/// A step of a test that went otherwise than expected.
enum AdminAPITestError: Error {
    case unexpected(String)
}
