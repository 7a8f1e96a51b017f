import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Micropub: tokens and discovery (micropub.rocks 8xx)")
struct MicropubAuthTests {
    @Test("800 accept the access token in the HTTP header", arguments: TestDatabase.available)
    func test800(database: TestDatabase) async throws {
        try await MicropubClient.run(database) { mp in
            let response = try await mp.form([("h", "entry"), ("content", "Header token")])
            #expect(response.status == .created)
            #expect(response.headers[.cacheControl] == "no-store")
        }
    }

    @Test("801 accept the access token in the post body")
    func test801() async throws {
        try await MicropubClient.run { mp in
            let form = try await mp.form([("content", "Body token"), ("access_token", mp.secret)], secret: .some(nil))
            #expect(form.status == .created, "\(form.text)")
            let json = try await mp.json(
                #"{"type": ["h-entry"], "properties": {"content": ["JSON"]}, "access_token": "\#(mp.secret)"}"#,
                secret: .some(nil))
            #expect(json.status == .created, "\(json.text)")
            let both = try await mp.form([("content", "Twice"), ("access_token", mp.secret)])
            #expect(both.status == .badRequest && both.text.contains("not both"))
        }
    }

    @Test("802 does not store the access token as a property")
    func test802() async throws {
        try await MicropubClient.run { mp in
            let response = try await mp.form(
                [("content", "Secret kept"), ("access_token", mp.secret)], secret: .some(nil))
            let post = try #require(try await mp.post(at: response.headers[.location]))
            #expect(!post.commentary.contains(mp.secret) && !post.title.contains(mp.secret))
            let source = try await mp.query("q=source&url=\(MicropubClient.encoded(response.headers[.location] ?? ""))")
            #expect(source.status == .ok && !source.text.contains(mp.secret) && !source.text.contains("access_token"))
        }
    }

    @Test("803 reject the request when unauthenticated: 401 unauthorized, nothing made")
    func test803() async throws {
        try await MicropubClient.run { mp in
            let before = try await mp.store.postCount()
            let missing = try await mp.form([("content", "No token")], secret: .some(nil))
            #expect(missing.status == .unauthorized)
            #expect(try jsonObject(missing)["error"] as? String == "unauthorized")
            let wrong = try await mp.form([("content", "Bad token")], secret: "nd_" + String(repeating: "A", count: 43))
            #expect(wrong.status == .unauthorized)
            #expect(try await mp.query("q=config", secret: .some(nil)).status == .unauthorized)
            // A bad header token is refused before the body is read: an upload past the limit is a 401, not a 413.
            let oversized = [UInt8](repeating: 0x41, count: MicropubBody.maximumMultipartBytes + 1)
            let stranger = try await mp.multipart(
                to: "/micropub/media", [], files: [("file", "a.png", oversized)],
                secret: "nd_" + String(repeating: "B", count: 43))
            #expect(stranger.status == .unauthorized)
            #expect(try await mp.store.postCount() == before)
        }
    }

    @Test("804 reject the request when the token lacks the scope: a read token may query, not post")
    func test804() async throws {
        try await MicropubClient.run { mp in
            let ann = try await addUser(mp.store, email: "ann@example.com", name: "Ann", role: .admin)
            let reading = try await makeAPIToken(mp.store, for: ann, scope: .read)
            let response = try await mp.form([("content", "Read only")], secret: reading)
            #expect(response.status == .forbidden)
            #expect(try jsonObject(response)["error"] as? String == "insufficient_scope")
            #expect(try jsonObject(response)["error_description"] as? String != nil)
            #expect(try await mp.query("q=config", secret: reading).status == .ok)
            let moderating = try await makeAPIToken(mp.store, for: ann, scope: .moderate)
            #expect(
                try await mp.multipart(
                    to: "/micropub/media", [], files: [("file", "a.png", MicropubImages.png)],
                    secret: moderating
                ).status == .forbidden)
        }
    }

    @Test("every public page announces the endpoint with rel=micropub, also when served from the cache")
    func discovery() async throws {
        try await MicropubClient.run { mp in
            let (post, _) = try await mp.made([("name", "Discoverable"), ("content", "Find me")])
            let year = post.path.split(separator: "/").first.map(String.init) ?? "2026"
            let paths = [
                "/", post.path, "/search?q=bridge", "/search/label/Bridges", "/sources", "/\(year)", "/no/such/page",
            ]
            for path in paths + paths {
                let page = try await mp.client.execute(uri: path, method: .get)
                let link = page.text.firstMatch(of: /<link rel="micropub" href="([^"]+)">/)
                #expect(link.map { String($0.output.1) }?.hasSuffix("/micropub") == true, "\(path)")
                #expect(link.map { String($0.output.1) }?.hasPrefix("http") == true, "\(path)")
            }
        }
    }
}
