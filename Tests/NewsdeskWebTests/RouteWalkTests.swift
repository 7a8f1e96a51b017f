import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Hostile values in every parameter of every route never give a 5xx")
struct RouteWalkTests {
    /// Numbers at and past every bound, and text that is not a number, as they appear in an address.
    static let addressValues = [
        "0", "-1", "9223372036854775807", "-9223372036854775808", "100000000000000000000", "1e3", "0x10", "+1",
        "1.5", "abc", "", "%00", "%", "%FF", "%E2%80%AE", "..%2F..", String(repeating: "9", count: 400),
    ]
    /// The same, decoded, as form fields carry them, with NUL and a bidi override.
    static let formValues = [
        "0", "-1", "9223372036854775807", "-9223372036854775808", "100000000000000000000", "1e3", "abc", "",
        "\u{0}", "a\u{0}b", "\u{202E}gnp.exe", "approve:9223372036854775807", "approve:-1", "delete:0",
        String(repeating: "9", count: 400),
    ]
    /// Every query parameter any route reads.
    static let queryNames = [
        "page", "commentPage", "showComment", "replyTo", "held", "max-results", "start-index", "alt", "updated-max",
        "q", "status", "notice", "next", "p", "page_id", "limit", "label", "outlet", "year", "month", "path",
    ]
    /// Every form field any form has.
    static let formNames = [
        "name", "url", "body", "parent", "token", "contact", "email", "password", "next", "title", "slug", "labels",
        "source_url", "headline", "outlet", "excerpt", "image_url", "image_caption", "image_alt", "commentary",
        "publish_at", "comment_mode", "kind", "action", "one", "bulk", "ids", "role", "description", "editor_name",
        "time_zone", "commentary_heading", "posts_per_page", "moderation", "minimum_seconds", "rate_per_minute",
        "rate_per_day", "maximum_links", "blocked_words", "blocked_addresses", "webhook_url",
    ]

    /// Every route but signing out (which would end the walk's session), as method and path template.
    static func routes() async throws -> [(HTTPRequest.Method, String)] {
        try await TestDatabase.sqlite.withStore { store in
            let site = SiteContext(
                store: store, theme: try await Theme.load(), cache: PageCache(), configuration: AppConfiguration())
            return buildRouter(site: site, logger: TestDatabase.logger).routes
                .map { ($0.method, $0.path.description) }
                .filter { $0.1 != "/admin/logout" }
        }
    }

    /// `template` with each parameter filled: every hostile value in one parameter at a time, the rest `1`.
    static func paths(_ template: String) -> [String] {
        let segments = template.split(separator: "/").map(String.init)
        let parameters = segments.indices.filter { segments[$0].hasPrefix(":") || segments[$0].hasPrefix("{") }
        func filled(_ chosen: Int?, _ value: String) -> String {
            "/"
                + segments.indices.map { index in
                    parameters.contains(index) ? (index == chosen ? value : "1") : segments[index]
                }.joined(separator: "/")
        }
        return [filled(nil, "")] + parameters.flatMap { index in addressValues.map { filled(index, $0) } }
    }

    @Test("the walk reaches public and admin routes with parameters")
    func coverage() async throws {
        let described = Set(try await Self.routes().map { "\($0.0) \($0.1)" })
        for expected in [
            "GET /", "GET /feeds/{post}/comments/{style}", "POST /{year}/{month}/{file}", "GET /admin/posts",
        ] {
            #expect(described.contains(expected), "\(expected) missing from \(described.sorted())")
        }
        #expect(Self.paths("/{year}/{month}/{file}").count == 1 + 3 * Self.addressValues.count)
    }

    @Test("signed in as an author, then as an admin", arguments: TestDatabase.available)
    func walk(database: TestDatabase) async throws {
        let routes = try await Self.routes()
        try await withDemoApp(database) { client, store, _ in
            let author = try await signedIn(client, store, email: "ann@example.com", name: "Ann", role: .author)
            let admin = try await signedIn(client, store)
            var requests = 0
            for (browser, onlyAdmin) in [(author, false), (admin, true)] {
                for (method, template) in routes where !onlyAdmin || template.hasPrefix("/admin") {
                    requests += try await Self.walk(client, browser, method, template)
                }
            }
            #expect(requests > 5000)
        }
    }

    /// Sends every hostile variant of one route; expects no 5xx. Returns how many requests it sent.
    static func walk(
        _ client: any TestClientProtocol, _ browser: AdminBrowser, _ method: HTTPRequest.Method, _ template: String
    ) async throws -> Int {
        var sent = 0
        for path in paths(template) {
            if method == .get {
                var uris = [path]
                for name in queryNames { uris += addressValues.map { path + "?\(name)=\($0)" } }
                for uri in uris {
                    let response = try await client.execute(uri: uri, method: .get, headers: [.cookie: browser.cookie])
                    #expect(response.status.code < 500, "GET \(uri): \(response.status) \(response.text.prefix(300))")
                    sent += 1
                }
            } else {
                for value in formValues {
                    let fields = formNames.map { ($0, value) } + [("_csrf", browser.csrf)]
                    let response = try await browser.post(client, path, fields, withToken: false)
                    #expect(
                        response.status.code < 500,
                        "\(method) \(path) with \(value.debugDescription): \(response.status) \(response.text.prefix(300))"
                    )
                    sent += 1
                }
            }
        }
        return sent
    }
}
