import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport

@testable import NewsdeskWeb

/// Builds the real application on a fresh database loaded with the reference post, and tests it through the router.
///
/// The comment rules are `settings` (by default without the 2-second wait and the rate limits, which get in
/// the way of ordinary tests; the tests of those rules turn them on).
func withDemoApp(
    _ database: TestDatabase,
    settings: CommentSettings = .forTests,
    secureCookies: Bool = false,
    cache: PageCache? = nil,
    allowPrivateOutgoing: Bool = false,
    _ test: @escaping @Sendable (any TestClientProtocol, SQLStore, DatabaseLocation) async throws -> Void
) async throws {
    try await database.withFreshLocation { location in
        let store = try await SQLStore.open(location, logger: TestDatabase.logger)
        do {
            try await withDemoApp(
                on: store, location: location, settings: settings, secureCookies: secureCookies, cache: cache,
                allowPrivateOutgoing: allowPrivateOutgoing
            ) { client in try await test(client, store, location) }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}

/// ``withDemoApp(_:settings:secureCookies:cache:allowPrivateOutgoing:_:)`` on an ``InMemoryStore``: for tests
/// of what pages, forms and feeds do rather than of how they are stored, which then need no database file.
func withMemoryDemoApp(
    settings: CommentSettings = .forTests,
    secureCookies: Bool = false,
    cache: PageCache? = nil,
    allowPrivateOutgoing: Bool = false,
    _ test: @escaping @Sendable (any TestClientProtocol, InMemoryStore) async throws -> Void
) async throws {
    let store = InMemoryStore()
    // The configuration names a database for the command line's sake; the application never opens it.
    try await withDemoApp(
        on: store, location: .sqlite(path: "/nonexistent/in-memory.sqlite"), settings: settings,
        secureCookies: secureCookies, cache: cache, allowPrivateOutgoing: allowPrivateOutgoing
    ) { client in try await test(client, store) }
}

/// The application on `store`, loaded with the reference post and `settings`, tested through the router.
private func withDemoApp(
    on store: any ServedStorage, location: DatabaseLocation, settings: CommentSettings, secureCookies: Bool,
    cache: PageCache?, allowPrivateOutgoing: Bool,
    _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
) async throws {
    let theme = try await Theme.load()
    let configuration = AppConfiguration(
        host: "127.0.0.1", port: 0, database: location, baseURL: "https://wnu.example",
        changePollInterval: .milliseconds(50), trustedProxies: .routerTests, secureCookies: secureCookies,
        allowPrivateOutgoing: allowPrivateOutgoing, logger: TestDatabase.logger)
    let app = buildApplication(
        configuration: configuration, store: store, theme: theme, cache: cache, logger: TestDatabase.logger
    ) {
        try await ReferenceBlog.load(into: store)
        var blog = try await store.blog()
        blog.comments = settings
        try await store.saveBlog(blog)
    }
    try await app.test(.router) { client in try await test(client) }
}

extension TrustedProxies {
    /// The router tests' clients have no socket; they speak for different addresses with `X-Forwarded-For`.
    static var routerTests: TrustedProxies {
        var proxies = TrustedProxies()
        proxies.trustsRequestsWithoutPeer = true
        return proxies
    }
}

/// The reference post's permalink.
let referencePath = "/2011/01/is-chinese-military-interested-in.html"

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}

/// A URL-encoded form body.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._*")
    let encoded = fields.map { name, value in
        name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
    }
    return ByteBuffer(string: encoded.joined(separator: "&"))
}

/// Form headers.
let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

/// The signed token in a page's comment form.
func formToken(in html: String) -> String? {
    PageScraping.formToken(in: html)
}

/// Posts a comment as a reader's browser would: loads the page (or its reply form), then submits the form.
@discardableResult
func postComment(
    _ client: any TestClientProtocol, path: String = referencePath, name: String = "", url: String = "",
    body: String, replyTo: Int64? = nil, from address: String = "192.0.2.1", cookie: String? = nil,
    extraFields: [(String, String)] = []
) async throws -> TestResponse {
    let pageURI = replyTo.map { "\(path)?replyTo=\($0)" } ?? path
    let page = try await client.execute(uri: pageURI, method: .get).text
    var fields = [("name", name), ("url", url), ("body", body), ("token", formToken(in: page) ?? "")]
    if let replyTo { fields.append(("parent", String(replyTo))) }
    var headers = formHeaders
    headers[.forwardedFor] = address
    if let cookie { headers[.cookie] = cookie }
    return try await client.execute(
        uri: path, method: .post, headers: headers, body: formBody(fields + extraFields))
}

/// The id in a `…#c<ID>` redirect.
func commentID(_ response: TestResponse) -> Int64? {
    response.headers[.location]?.split(separator: "#c").last.flatMap { Int64($0) }
}

extension HTTPField.Name {
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
}

extension CommentSettings {
    /// The defaults, less the rules that get in the way of ordinary tests (the 2-second wait, rate limits).
    static var forTests: CommentSettings {
        var settings = CommentSettings()
        settings.minimumSecondsToSubmit = 0
        settings.ratePerMinute = 0
        settings.ratePerDay = 0
        return settings
    }

    /// A copy with some rules changed.
    func with(_ change: (inout CommentSettings) -> Void) -> CommentSettings {
        var copy = self
        change(&copy)
        return copy
    }
}

extension String {
    /// Where each needle first occurs, in order; `nil` for a missing one.
    func offsets(of needles: [String]) -> [Int?] {
        needles.map { needle in range(of: needle).map { distance(from: startIndex, to: $0.lowerBound) } }
    }
}

/// The post page as rendered now, as the link a new comment redirects to asks for (pages are otherwise
/// served stale once while a fresh copy renders).
func freshPage(_ client: any TestClientProtocol, _ path: String = referencePath) async throws -> String {
    let now = Date().addingTimeInterval(-0.001).millisecondsSince1970
    return try await client.execute(uri: "\(path)?showComment=\(now)", method: .get).text
}

/// The page at `uri` once it contains `text` (other servers' and the CLI's writes show within moments).
func page(_ client: any TestClientProtocol, _ uri: String, eventuallyContaining text: String) async throws -> String {
    var html = ""
    for _ in 0..<60 {
        html = try await client.execute(uri: uri, method: .get).text
        if html.contains(text) { return html }
        try await Task.sleep(for: .milliseconds(50))
    }
    return html
}
