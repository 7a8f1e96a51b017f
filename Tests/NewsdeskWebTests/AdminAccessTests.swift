import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Every admin route refuses without a session, and every change needs the CSRF token")
struct AdminAccessTests {
    /// Every route the router has under `/admin` except signing in, with parameters filled in.
    static func adminRoutes() async throws -> [(HTTPRequest.Method, String)] {
        try await TestDatabase.sqlite.withStore { store in
            let site = SiteContext(
                store: store, theme: try await Theme.load(), cache: PageCache(), configuration: AppConfiguration())
            return buildRouter(site: site, logger: TestDatabase.logger).routes.compactMap { route in
                let path = route.path.description
                guard path.hasPrefix("/admin"), !path.hasPrefix("/admin/login"), path != "/admin/logout" else {
                    return nil
                }
                let filled = path.split(separator: "/").map {
                    $0.hasPrefix(":") || $0.hasPrefix("{") ? "1" : String($0)
                }
                return (route.method, "/" + filled.joined(separator: "/"))
            }
        }
    }

    @Test("the walk covers the admin's pages and actions")
    func coverage() async throws {
        let routes = try await Self.adminRoutes()
        let described = Set(routes.map { "\($0.0) \($0.1)" })
        for expected in ["GET /admin", "GET /admin/comments", "POST /admin/comments", "POST /admin/comments/1/reply"] {
            #expect(described.contains(expected), "\(expected) missing from \(described.sorted())")
        }
    }

    @Test("without a session: pages send to the sign-in form, actions answer 401", arguments: TestDatabase.available)
    func noSession(database: TestDatabase) async throws {
        let routes = try await Self.adminRoutes()
        try await withDemoApp(database) { client, _, _ in
            for (method, path) in routes {
                let bogus: HTTPFields = [
                    .cookie: "newsdesk_admin=forged-token", .contentType: "application/x-www-form-urlencoded",
                ]
                let response = try await client.execute(uri: path, method: method, headers: bogus, body: ByteBuffer())
                if method == .get {
                    #expect(response.status == .seeOther, "\(method) \(path)")
                    #expect(response.headers[.location]?.hasPrefix("/admin/login?next=") == true, "\(method) \(path)")
                } else {
                    #expect(response.status == .unauthorized, "\(method) \(path)")
                }
            }
        }
    }

    @Test("signed in, every action without the token (or with another session's) answers 403 and changes nothing")
    func csrf() async throws {
        let routes = try await Self.adminRoutes().filter { $0.0 != .get }
        try await withDemoApp(.sqlite) { client, store, _ in
            let browser = try await signedIn(client, store)
            let other = try await signedIn(client, store, email: "ann@example.com", name: "Ann")
            let pending = try await store.addComment(
                NewComment(postID: 1, authorName: "Spammer", body: "Buy now", status: .pending))
            for (method, path) in routes {
                let missing = try await browser.post(client, path, [("one", "approve:\(pending.id)")], withToken: false)
                #expect(missing.status == .forbidden, "\(method) \(path)")
                let foreign = try await browser.post(
                    client, path, [("_csrf", other.csrf), ("one", "approve:\(pending.id)")], withToken: false)
                #expect(foreign.status == .forbidden, "\(method) \(path)")
            }
            #expect(try await store.comment(id: pending.id)?.status == .pending)
            let withToken = try await browser.post(client, "/admin/comments", [("one", "approve:\(pending.id)")])
            #expect(withToken.status == .seeOther)
            #expect(try await store.comment(id: pending.id)?.status == .published)
        }
    }
}

@Suite("The CSRF token is read from the form or the X-CSRF-Token header only")
struct CSRFTokenPlaceTests {
    @Test("a token in the query string is not accepted")
    func notFromTheQuery() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let browser = try await signedIn(client, store)
            let pending = try await store.addComment(
                NewComment(postID: 1, authorName: "Spammer", body: "Buy now", status: .pending))
            let fromQuery = try await browser.post(
                client, "/admin/comments?_csrf=\(browser.csrf)", [("one", "approve:\(pending.id)")], withToken: false)
            #expect(fromQuery.status == .forbidden)
            #expect(try await store.comment(id: pending.id)?.status == .pending)
            var headers = formHeaders
            headers[.cookie] = browser.cookie
            headers[.csrfToken] = browser.csrf
            let fromHeader = try await client.execute(
                uri: "/admin/comments", method: .post, headers: headers,
                body: formBody([("one", "approve:\(pending.id)")]))
            #expect(fromHeader.status == .seeOther)
            #expect(try await store.comment(id: pending.id)?.status == .published)
        }
    }
}
