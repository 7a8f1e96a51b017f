import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskStore
import NewsdeskWeb
import Testing

/// A browser signed in to the admin: its session cookie and the CSRF token its pages carry.
struct AdminBrowser: Sendable {
    let cookie: String
    let csrf: String

    /// GET with the session.
    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie])
    }

    /// POST a form with the session and (unless `csrf` is false) its token.
    func post(
        _ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)], withToken: Bool = true
    ) async throws -> TestResponse {
        var headers = formHeaders
        headers[.cookie] = cookie
        let all = withToken ? [("_csrf", csrf)] + fields : fields
        return try await client.execute(uri: uri, method: .post, headers: headers, body: formBody(all))
    }
}

/// The password every test user gets.
let testPassword = "correct horse battery"

/// Stores a user (bcrypt at the lowest accepted cost, to keep tests quick).
@discardableResult
func addUser(_ store: any AccountStore, email: String, name: String, role: UserRole) async throws -> User {
    let hash = try await PasswordHashing.hash(testPassword, cost: PasswordHashing.minimumCost)
    return try await store.addUser(User(email: email, displayName: name, role: role), passwordHash: hash)
}

/// Signs in through the form as a browser would; the response when it did not redirect.
func signIn(
    _ client: any TestClientProtocol, email: String, password: String = testPassword, from address: String = "192.0.2.1"
) async throws -> (AdminBrowser?, TestResponse) {
    let form = try await client.execute(uri: "/admin/login", method: .get).text
    var headers = formHeaders
    headers[.forwardedFor] = address
    let response = try await client.execute(
        uri: "/admin/login", method: .post, headers: headers,
        body: formBody([("email", email), ("password", password), ("token", formToken(in: form) ?? "")]))
    guard response.status == .seeOther, let setCookie = response.headers[.setCookie],
        let pair = setCookie.split(separator: ";").first
    else { return (nil, response) }
    let cookie = String(pair)
    let dashboard = try await client.execute(uri: "/admin", method: .get, headers: [.cookie: cookie]).text
    return (AdminBrowser(cookie: cookie, csrf: csrfToken(in: dashboard) ?? ""), response)
}

/// Adds a user and signs them in.
func signedIn(
    _ client: any TestClientProtocol, _ store: any AccountStore, email: String = "ed@example.com",
    name: String = "War News Updates Editor", role: UserRole = .admin
) async throws -> AdminBrowser {
    try await addUser(store, email: email, name: name, role: role)
    let (browser, response) = try await signIn(client, email: email)
    return try #require(browser, "sign-in answered \(response.status): \(response.text)")
}

/// The CSRF token in an admin page's forms.
func csrfToken(in html: String) -> String? {
    guard let start = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
    let rest = html[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
}
