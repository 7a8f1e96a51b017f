import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Micropub: updating, deleting and undeleting posts (micropub.rocks 4xx and 5xx)")
struct MicropubUpdateTests {
    /// An update's JSON for the post at `url`.
    static func update(_ url: String, _ members: String) -> String {
        #"{"action": "update", "url": "\#(url)", \#(members)}"#
    }

    @Test("400 replace a property", arguments: TestDatabase.available)
    func test400(database: TestDatabase) async throws {
        try await MicropubClient.run(database) { mp in
            let (made, url) = try await mp.made([("name", "Kept"), ("content", "Original"), ("category", "one")])
            let response = try await mp.json(
                Self.update(url, #""replace": {"content": ["This is the updated text."]}"#))
            #expect(response.status == .noContent, "\(response.text)")
            let post = try #require(try await mp.store.post(id: made.id ?? 0))
            #expect(post.commentary == "This is the updated text.")
            #expect(post.title == "Kept" && post.labels == ["one"] && post.path == made.path)
        }
    }

    @Test("401 add a value to an existing property")
    func test401() async throws {
        try await MicropubClient.run { mp in
            let (made, url) = try await mp.made([("content", "Text"), ("category", "test1")])
            let response = try await mp.json(Self.update(url, #""add": {"category": ["test2"]}"#))
            #expect(response.status == .noContent, "\(response.text)")
            #expect(try await mp.store.post(id: made.id ?? 0)?.labels == ["test1", "test2"])
        }
    }

    @Test("402 add a value to a non-existent property")
    func test402() async throws {
        try await MicropubClient.run { mp in
            let (made, url) = try await mp.made([("content", "Text")])
            let response = try await mp.json(Self.update(url, #""add": {"category": ["test1"]}"#))
            #expect(response.status == .noContent, "\(response.text)")
            #expect(try await mp.store.post(id: made.id ?? 0)?.labels == ["test1"])
        }
    }

    @Test("403 remove a value from a property")
    func test403() async throws {
        try await MicropubClient.run { mp in
            let (made, url) = try await mp.made([("content", "Text"), ("category[]", "test1"), ("category[]", "test2")])
            let response = try await mp.json(Self.update(url, #""delete": {"category": ["test2"]}"#))
            #expect(response.status == .noContent, "\(response.text)")
            #expect(try await mp.store.post(id: made.id ?? 0)?.labels == ["test1"])
        }
    }

    @Test("404 remove a property")
    func test404() async throws {
        try await MicropubClient.run { mp in
            let (made, url) = try await mp.made([("content", "Text"), ("category[]", "test1"), ("category[]", "test2")])
            let response = try await mp.json(Self.update(url, #""delete": ["category"]"#))
            #expect(response.status == .noContent, "\(response.text)")
            #expect(try await mp.store.post(id: made.id ?? 0)?.labels == [])
        }
    }

    @Test("405 reject the request when the operation is not an array")
    func test405() async throws {
        try await MicropubClient.run { mp in
            let (made, url) = try await mp.made([("content", "Text")])
            for members in [#""replace": {"content": "Not a list"}"#, #""delete": "category""#, #""add": ["x"]"#] {
                let response = try await mp.json(Self.update(url, members))
                #expect(response.status == .badRequest, "\(members)")
                #expect(try jsonObject(response)["error"] as? String == "invalid_request")
                #expect((try jsonObject(response)["error_description"] as? String)?.hasSuffix(".") == true)
            }
            #expect(try await mp.store.post(id: made.id ?? 0)?.commentary == "Text")
        }
    }

    @Test("500 delete a post (form-encoded)", arguments: TestDatabase.available)
    func test500(database: TestDatabase) async throws {
        try await MicropubClient.run(database) { mp in
            let (made, url) = try await mp.made([("content", "Delete me")])
            #expect(try await mp.form([("action", "delete"), ("url", url)]).status == .noContent)
            #expect(try await mp.store.post(id: made.id ?? 0)?.status == .trashed)
        }
    }

    @Test("501 delete a post (JSON)")
    func test501() async throws {
        try await MicropubClient.run { mp in
            let (made, url) = try await mp.made([("content", "Delete me")])
            #expect(try await mp.json(#"{"action": "delete", "url": "\#(url)"}"#).status == .noContent)
            #expect(try await mp.store.post(id: made.id ?? 0)?.status == .trashed)
        }
    }

    @Test("502 undelete a post (form-encoded)", arguments: TestDatabase.available)
    func test502(database: TestDatabase) async throws {
        try await MicropubClient.run(database) { mp in
            let (made, url) = try await mp.made([("content", "Delete me")])
            _ = try await mp.form([("action", "delete"), ("url", url)])
            #expect(try await mp.form([("action", "undelete"), ("url", url)]).status == .noContent)
            #expect(try await mp.store.post(id: made.id ?? 0)?.status == .published)
        }
    }

    @Test("503 undelete a post (JSON)")
    func test503() async throws {
        try await MicropubClient.run { mp in
            let (made, url) = try await mp.made([("content", "Delete me")])
            _ = try await mp.json(#"{"action": "delete", "url": "\#(url)"}"#)
            #expect(try await mp.json(#"{"action": "undelete", "url": "\#(url)"}"#).status == .noContent)
            #expect(try await mp.store.post(id: made.id ?? 0)?.status == .published)
        }
    }

    @Test("an update of an unknown post, or an update sent as a form, is a 400 with a sentence")
    func refusals() async throws {
        try await MicropubClient.run { mp in
            let unknown = try await mp.json(
                Self.update("https://elsewhere.example/x.html", #""add": {"category": ["a"]}"#))
            #expect(unknown.status == .badRequest && unknown.text.contains("There is no post at"))
            let form = try await mp.form([("action", "update"), ("url", "/x")])
            #expect(form.status == .badRequest && form.text.contains("Updates are sent as JSON"))
        }
    }
}
