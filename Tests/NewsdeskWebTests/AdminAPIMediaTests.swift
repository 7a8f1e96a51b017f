import Foundation
import HTTPTypes
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Admin API media: images uploaded by the editor's own rule, the body read within its limit")
struct AdminAPIMediaTests {
    @Test("a multipart file part and a raw image body are both stored: 201, the image's address and Location")
    func upload() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .author)
            let secret = try await makeAPIToken(store, for: ed, scope: .write)
            let form = try await uploadAdminAPIForm(client, secret: secret, bytes: AdminMediaTests.png)
            #expect(form.status == .created, "\(form.text)")
            let media = try jsonObject(form)
            let path = try #require(media["path"] as? String)
            #expect(path.hasPrefix("/media/") && path.hasSuffix(".png"))
            #expect(media["type"] as? String == "image/png")
            #expect(media["bytes"] as? Int == AdminMediaTests.png.count)
            let url = try #require(media["url"] as? String)
            #expect(url.hasPrefix("http") && url.hasSuffix(path))
            #expect(form.headers[.location] == url)
            let raw = try await uploadAdminAPI(
                client, secret: secret, contentType: "image/png", body: AdminMediaTests.png)
            #expect(raw.status == .created)
            #expect(try jsonObject(raw)["path"] as? String == path)  // named by its content
            let served = try await client.execute(uri: path, method: .get)
            #expect(served.status == .ok && served.headers[.contentType] == "image/png")
        }
    }

    @Test("refusals are problem documents with a sentence: not an image 415, too large 413, no file part 422")
    func refusals() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            let secret = try await makeAPIToken(store, for: ed, scope: .write)
            let text = try await uploadAdminAPIForm(client, secret: secret, bytes: Array("not an image".utf8))
            #expect(text.status == .unsupportedMediaType)
            #expect(try BearerTokenTests.problem(text).detail == "“photo.png” is not a JPEG, PNG, GIF or WebP image.")
            let plain = try await uploadAdminAPI(client, secret: secret, contentType: "text/plain", body: [1, 2])
            #expect(plain.status == .unsupportedMediaType)
            #expect(try BearerTokenTests.problem(plain).detail.hasPrefix("Send the image as multipart/form-data"))
            let bare = try await uploadAdminAPI(client, secret: secret, contentType: nil, body: AdminMediaTests.png)
            #expect(bare.status == .unsupportedMediaType)
            let noFile = try await uploadAdminAPIForm(client, secret: secret, bytes: AdminMediaTests.png, part: "image")
            #expect(noFile.status == .unprocessableContent)
            #expect(try BearerTokenTests.problem(noFile).detail.contains("a part named file"))
            let huge = AdminMediaTests.png + [UInt8](repeating: 0, count: ImageKind.maximumBytes)
            let rawHuge = try await uploadAdminAPI(client, secret: secret, contentType: "image/png", body: huge)
            #expect(rawHuge.status == .contentTooLarge)
            #expect(try BearerTokenTests.problem(rawHuge).detail.hasPrefix("The upload is larger than 10 MB"))
            // Past the form's room for headers as well: refused while it is read.
            let formHuge = try await uploadAdminAPIForm(
                client, secret: secret, bytes: huge + [UInt8](repeating: 0, count: AdminAPIUpload.formOverhead))
            #expect(formHuge.status == .contentTooLarge)
            #expect(try BearerTokenTests.problem(formHuge).detail.hasPrefix("The upload is larger than 10 MB"))
            // Within the form's room for headers, yet over the image limit: ImageUploads' own sentence.
            let justOver = AdminMediaTests.png + [UInt8](repeating: 0, count: ImageKind.maximumBytes - 60)
            let over = try await uploadAdminAPIForm(client, secret: secret, bytes: justOver)
            #expect(over.status == .contentTooLarge)
            #expect(try BearerTokenTests.problem(over).detail == "The image is larger than 10 MB.")
            let broken = try await uploadAdminAPI(
                client, secret: secret, contentType: "multipart/form-data", body: AdminMediaTests.png)
            #expect(broken.status == .badRequest)
            #expect(try BearerTokenTests.problem(broken).detail.hasPrefix("The form could not be read"))
        }
    }

    @Test("only a write token uploads: read and moderate tokens get 403, no token 401")
    func scopes() async throws {
        try await withMemoryDemoApp { client, store in
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            for scope in [APIScope.read, .moderate] {
                let secret = try await makeAPIToken(store, for: ed, scope: scope, name: "\(scope)")
                let refused = try await uploadAdminAPIForm(client, secret: secret, bytes: AdminMediaTests.png)
                #expect(refused.status == .forbidden, "\(scope)")
            }
            let anonymous = try await uploadAdminAPIForm(client, secret: nil, bytes: AdminMediaTests.png)
            #expect(anonymous.status == .unauthorized)
        }
    }
}
