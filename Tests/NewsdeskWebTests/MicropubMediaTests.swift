import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Micropub: photos in multipart entries and the media endpoint (micropub.rocks 3xx and 7xx)")
struct MicropubMediaTests {
    @Test("300 create an h-entry with a photo (multipart): stored by the editor's rule, the post's image")
    func test300() async throws {
        try await MicropubClient.run { mp in
            let response = try await mp.multipart(
                [("h", "entry"), ("content", "Nice sunset tonight")],
                files: [("photo", "sunset.png", MicropubImages.png)])
            #expect(response.status == .created, "\(response.text)")
            let post = try #require(try await mp.post(at: response.headers[.location]))
            let url = try #require(post.image?.url)
            #expect(url.hasPrefix("/media/") && url.hasSuffix(".png"))
            #expect(try await mp.client.execute(uri: url, method: .get).status == .ok)
        }
    }

    @Test("301 create an h-entry with two photos (multipart)", arguments: TestDatabase.available)
    func test301(database: TestDatabase) async throws {
        try await MicropubClient.run(database) { mp in
            let response = try await mp.multipart(
                [("h", "entry"), ("content", "Two photos")],
                files: [("photo[]", "a.png", MicropubImages.png), ("photo[]", "b.jpg", MicropubImages.jpeg)])
            #expect(response.status == .created, "\(response.text)")
            let post = try #require(try await mp.post(at: response.headers[.location]))
            #expect(post.image?.url.hasSuffix(".png") == true)
            #expect(post.commentary.hasPrefix("Two photos\n\n![](/media/") && post.commentary.hasSuffix(".jpg)"))
        }
    }

    @Test("a file that is not an image is refused with the editor's sentence, and nothing is posted")
    func notAnImage() async throws {
        try await MicropubClient.run { mp in
            let before = try await mp.store.postCount()
            let response = try await mp.multipart(
                [("content", "x")], files: [("photo", "notes.txt", Array("hello".utf8))])
            #expect(response.status == .badRequest && response.text.contains("is not a JPEG, PNG, GIF or WebP image"))
            #expect(try await mp.store.postCount() == before)
        }
    }

    @Test("700 upload a jpg to the media endpoint: 201, Location its absolute address")
    func test700() async throws {
        try await Self.upload(MicropubImages.jpeg, named: "photo.jpg", ext: "jpg")
    }

    @Test("701 upload a png to the media endpoint")
    func test701() async throws {
        try await Self.upload(MicropubImages.png, named: "photo.png", ext: "png")
    }

    @Test("702 upload a gif to the media endpoint")
    func test702() async throws {
        try await Self.upload(MicropubImages.gif, named: "photo.gif", ext: "gif")
    }

    static func upload(_ bytes: [UInt8], named name: String, ext: String) async throws {
        try await MicropubClient.run { mp in
            let response = try await mp.multipart(to: "/micropub/media", [], files: [("file", name, bytes)])
            #expect(response.status == .created, "\(response.text)")
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("http") && location.contains("/media/") && location.hasSuffix("." + ext))
            let path = try #require(URL(string: location)?.path)
            let image = try await mp.client.execute(uri: path, method: .get)
            #expect(image.status == .ok && Array(image.body.readableBytesView) == bytes)
            let text = [("file", "a.txt", Array("no".utf8))]
            let refused = try await mp.multipart(to: "/micropub/media", [], files: text)
            #expect(refused.status == .badRequest)
        }
    }
}
