import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Uploading and serving images")
struct AdminMediaTests {
    /// A 1×1 PNG.
    static let png: [UInt8] =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        + Array(
            Data(base64Encoded: "AAAADUlIRFIAAAABAAAAAQgCAAAAkHdT3gAAAAxJREFUCNdj+M/AAAADAQEAGN2NsAAAAABJRU5ErkJggg==")!
        )

    /// A multipart form body with text fields and one file.
    static func multipart(_ fields: [(String, String)], file: (name: String, filename: String, bytes: [UInt8]))
        -> (HTTPFields, ByteBuffer)
    {
        let boundary = "----newsdesk-test-boundary"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: image/png\r\n\r\n"
                .utf8)
        body += file.bytes + Array("\r\n--\(boundary)--\r\n".utf8)
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
    }

    @Test(
        "an uploaded PNG is stored, shown in the post, and served with a long cache and an ETag",
        arguments: TestDatabase.available)
    func upload(database: TestDatabase) async throws {
        try await withDemoApp(database) { client, store, _ in
            let browser = try await signedIn(client, store)
            var (headers, body) = Self.multipart(
                [("_csrf", browser.csrf), ("title", "With a photo"), ("image_alt", "A dot"), ("action", "publish")],
                file: ("image_file", "dot.png", Self.png))
            headers[.cookie] = browser.cookie
            let response = try await client.execute(uri: "/admin/posts", method: .post, headers: headers, body: body)
            #expect(response.status == .seeOther)
            let post = try #require(try await store.editorialPosts(EditorialFilter(), offset: 0, limit: 1).first)
            let url = try #require(post.image?.url)
            #expect(url.hasPrefix("/media/") && url.hasSuffix(".png"))
            let image = try await client.execute(uri: url, method: .get)
            #expect(image.status == .ok)
            #expect(Array(image.body.readableBytesView) == Self.png)
            #expect(image.headers[.contentType] == "image/png")
            #expect(image.headers[.cacheControl] == "public, max-age=31536000, immutable")
            let etag = try #require(image.headers[.eTag])
            let again = try await client.execute(uri: url, method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)
            #expect(
                try await client.execute(uri: url.replacingOccurrences(of: ".png", with: ".gif"), method: .get).status
                    == .notFound)
            #expect(try await client.execute(uri: "/media/nothing.png", method: .get).status == .notFound)
        }
    }

    @Test("a file that is not an image, whatever its name, is refused with the form kept")
    func notAnImage() async throws {
        try await withDemoApp(.sqlite) { client, store, _ in
            let browser = try await signedIn(client, store)
            var (headers, body) = Self.multipart(
                [("_csrf", browser.csrf), ("title", "Sneaky"), ("action", "publish")],
                file: ("image_file", "photo.png", Array("<script>alert(1)</script>".utf8)))
            headers[.cookie] = browser.cookie
            let response = try await client.execute(uri: "/admin/posts", method: .post, headers: headers, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("is not a JPEG, PNG, GIF or WebP image"))
            #expect(response.text.contains("value=\"Sneaky\""))
            #expect(try await store.postCount() == 1)
        }
    }
}
