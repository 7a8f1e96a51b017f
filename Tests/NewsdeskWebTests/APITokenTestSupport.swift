import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskWeb

/// Makes a token for `user` as the admin and the command line do; its secret.
func makeAPIToken(_ store: any APITokenStore, for user: User, scope: APIScope, name: String = "Test app")
    async throws -> String
{
    let secret = APITokenSecret.random()
    _ = try await store.createAPIToken(
        name: name, scope: scope, userID: user.id ?? 0, secretHash: APITokenSecret.hash(secret), at: Date())
    return secret
}

/// A request to the Admin API with `authorization` as the header, when given, from `address`.
func callAdminAPI(
    _ client: any TestClientProtocol, _ uri: String = "/api/v1/admin/me", method: HTTPRequest.Method = .get,
    authorization: String?, address: String = "192.0.2.1", cookie: String? = nil
) async throws -> TestResponse {
    var headers: HTTPFields = [.forwardedFor: address]
    if let authorization { headers[.authorization] = authorization }
    if let cookie { headers[.cookie] = cookie }
    return try await client.execute(uri: uri, method: method, headers: headers)
}

/// The API token in a page, where the admin shows a new one.
func apiTokenSecret(in html: String) -> String? {
    html.firstMatch(of: /nd_[A-Za-z0-9_-]{43}/).map { String($0.output) }
}
