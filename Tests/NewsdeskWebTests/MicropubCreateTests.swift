import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Micropub: creating entries from forms and JSON (micropub.rocks 1xx and 2xx)")
struct MicropubCreateTests {
    @Test("100 create an h-entry post (form-encoded): 201, Location the public page", arguments: TestDatabase.available)
    func test100(database: TestDatabase) async throws {
        try await MicropubClient.run(database) { mp in
            let response = try await mp.form([("h", "entry"), ("content", "Micropub test of creating a basic h-entry")])
            #expect(response.status == .created, "\(response.text)")
            let post = try #require(try await mp.post(at: response.headers[.location]))
            #expect(post.commentary == "Micropub test of creating a basic h-entry")
            #expect(post.status == .published && post.author?.displayName == "Ed")
            #expect(post.title == "Micropub test of creating a basic h-entry")
            let page = try await mp.client.execute(uri: post.path, method: .get)
            #expect(page.status == .ok && page.text.contains("Micropub test of creating a basic h-entry"))
        }
    }

    @Test("101 create an h-entry with multiple categories (form-encoded)")
    func test101() async throws {
        try await MicropubClient.run { mp in
            let (post, _) = try await mp.made([
                ("h", "entry"), ("content", "Categories"), ("category[]", "test1"), ("category[]", "test2"),
            ])
            #expect(post.labels == ["test1", "test2"])
        }
    }

    @Test("104 create an h-entry with a photo referenced by URL (form-encoded)")
    func test104() async throws {
        try await MicropubClient.run { mp in
            let (post, _) = try await mp.made([
                ("h", "entry"), ("content", "A photo"), ("photo", "https://micropub.rocks/media/sunset.jpg"),
            ])
            #expect(post.image?.url == "https://micropub.rocks/media/sunset.jpg")
        }
    }

    @Test("107 create an h-entry with one category (form-encoded)")
    func test107() async throws {
        try await MicropubClient.run { mp in
            let (post, _) = try await mp.made([("h", "entry"), ("content", "One category"), ("category", "test1")])
            #expect(post.labels == ["test1"])
        }
    }

    @Test("200 create an h-entry post (JSON)", arguments: TestDatabase.available)
    func test200(database: TestDatabase) async throws {
        try await MicropubClient.run(database) { mp in
            let response = try await mp.json(
                #"{"type": ["h-entry"], "properties": {"content": ["Micropub test of creating an h-entry with a JSON request"]}}"#
            )
            #expect(response.status == .created, "\(response.text)")
            let post = try #require(try await mp.post(at: response.headers[.location]))
            #expect(post.commentary == "Micropub test of creating an h-entry with a JSON request")
        }
    }

    @Test("201 create an h-entry with multiple categories (JSON)")
    func test201() async throws {
        try await MicropubClient.run { mp in
            let response = try await mp.json(
                #"{"type": ["h-entry"], "properties": {"content": ["Two"], "category": ["test1", "test2"]}}"#)
            let post = try #require(try await mp.post(at: response.headers[.location]))
            #expect(post.labels == ["test1", "test2"])
        }
    }

    @Test("202 create an h-entry with HTML content (JSON): the body, cleaned by the sanitiser")
    func test202() async throws {
        try await MicropubClient.run { mp in
            let html = #"<p>This post has <b>bold</b> and <i>italic</i> text.</p><script>alert(1)</script>"#
            let response = try await mp.json(
                #"{"type": ["h-entry"], "properties": {"content": [{"html": "\#(html)"}], "name": ["HTML"]}}"#)
            let post = try #require(try await mp.post(at: response.headers[.location]))
            #expect(post.bodyHTML == html && post.commentary.isEmpty)
            let page = try await mp.client.execute(uri: post.path, method: .get).text
            #expect(page.contains("<b>bold</b>") && !page.contains("alert(1)"))
        }
    }

    @Test("203 create an h-entry with a photo referenced by URL (JSON)")
    func test203() async throws {
        try await MicropubClient.run { mp in
            let response = try await mp.json(
                #"{"type": ["h-entry"], "properties": {"content": ["Photo"], "photo": ["https://micropub.rocks/media/sunset.jpg"]}}"#
            )
            let post = try #require(try await mp.post(at: response.headers[.location]))
            #expect(post.image?.url == "https://micropub.rocks/media/sunset.jpg")
        }
    }

    @Test("204 create an h-entry with a nested object: a bookmark's h-cite becomes the clipping, not fetched")
    func test204() async throws {
        try await MicropubClient.run { mp in
            let response = try await mp.json(
                """
                {"type": ["h-entry"], "properties": {"content": ["Worth a read."], "bookmark-of": [{"type": ["h-cite"],
                 "properties": {"url": ["https://news.example/bridge"], "name": ["Council to vote on bridge"],
                 "publication": ["Example News"], "content": ["The council meets.\\n\\nA vote is expected."]}}]}}
                """)
            #expect(response.status == .created, "\(response.text)")
            let post = try #require(try await mp.post(at: response.headers[.location]))
            let clipping = try #require(post.clipping)
            #expect(clipping.sourceURL == "https://news.example/bridge" && clipping.outlet == "Example News")
            #expect(clipping.headline == "Council to vote on bridge")
            #expect(clipping.excerptParagraphs == ["The council meets.", "A vote is expected."])
            #expect(post.title == "Council to vote on bridge")
        }
    }

    @Test("205 create an h-entry with a photo with alt text (JSON)")
    func test205() async throws {
        try await MicropubClient.run { mp in
            let response = try await mp.json(
                """
                {"type": ["h-entry"], "properties": {"content": ["Alt"], "photo": [{"value":
                 "https://micropub.rocks/media/sunset.jpg", "alt": "Photo of a sunset"}]}}
                """)
            let post = try #require(try await mp.post(at: response.headers[.location]))
            #expect(post.image?.url == "https://micropub.rocks/media/sunset.jpg")
            #expect(post.image?.altText == "Photo of a sunset")
        }
    }

    @Test("206 create an h-entry with multiple photos by URL (JSON): the first on top, the rest in the commentary")
    func test206() async throws {
        try await MicropubClient.run { mp in
            let response = try await mp.json(
                """
                {"type": ["h-entry"], "properties": {"content": ["Photos"], "photo": [
                 "https://micropub.rocks/media/sunset.jpg", "https://micropub.rocks/media/city-at-night.jpg"]}}
                """)
            let post = try #require(try await mp.post(at: response.headers[.location]))
            #expect(post.image?.url == "https://micropub.rocks/media/sunset.jpg")
            #expect(post.commentary == "Photos\n\n![](https://micropub.rocks/media/city-at-night.jpg)")
            let page = try await mp.client.execute(uri: post.path, method: .get).text
            #expect(page.contains("city-at-night.jpg"))
        }
    }
}
