import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskTestSupport
import Testing

@testable import NewsdeskWeb

@Suite("Reading multipart forms")
struct MultipartFormTests {
    static let boundary = "----newsdesk-test-boundary"

    /// One part with `disposition` as its Content-Disposition value, then the closing delimiter.
    static func body(disposition: String, content: String = "x", close: Bool = true) -> [UInt8] {
        var text = "--\(boundary)\r\nContent-Disposition: \(disposition)\r\nContent-Type: image/png\r\n\r\n\(content)"
        if close { text += "\r\n--\(boundary)--\r\n" }
        return Array(text.utf8)
    }

    /// `bytes` read in chunks of `size`, as they may arrive from the network.
    static func read(_ bytes: [UInt8], chunk size: Int = 7) throws(FormReadingError) -> SubmittedForm {
        let reader = MultipartFormReader(boundary: boundary)
        var start = 0
        while start < bytes.count {
            try reader.read(ByteBuffer(bytes: bytes[start..<min(start + size, bytes.count)]))
            start += size
        }
        return try reader.finish()
    }

    @Test("fields and a file, read in small chunks, whatever the bytes of the file")
    func fieldsAndFile() throws {
        let (headers, buffer) = AdminMediaTests.multipart(
            [("a", "one"), ("b", "two\r\nlines")], file: ("f", "x.png", [0, 1, 2, 13, 10, 45, 45]))
        let boundary = try #require(MultipartFormReader.boundary(in: headers[.contentType]!))
        #expect(boundary == Self.boundary)
        for size in [1, 7, 4096] {
            let form = try Self.read(Array(buffer.readableBytesView), chunk: size)
            #expect(form["a"] == "one" && form["b"] == "two\r\nlines")
            #expect(form.files["f"]?.bytes == [0, 1, 2, 13, 10, 45, 45])
            #expect(form.files["f"]?.filename == "x.png")
            #expect(form.files["f"]?.contentType == "image/png")
        }
    }

    @Test("a quoted file name keeps its semicolons, equals signs and escaped quotes")
    func quotedFilename() throws {
        let form = try Self.read(
            Self.body(disposition: #"form-data; name="image_file"; filename="a;b=c \"d\".png""#))
        #expect(form.files["image_file"]?.filename == #"a;b=c "d".png"#)
    }

    @Test("filename* (RFC 8187, UTF-8) wins over filename")
    func extendedFilename() throws {
        let form = try Self.read(
            Self.body(
                disposition:
                    #"form-data; name="image_file"; filename="fallback.png"; filename*=UTF-8''%E5%8C%97%E4%BA%AC%20photo.png"#
            ))
        #expect(form.files["image_file"]?.filename == "北京 photo.png")
        let alone = try Self.read(Self.body(disposition: "form-data; name=f; filename*=utf-8''caf%C3%A9.png"))
        #expect(alone.files["f"]?.filename == "café.png")
    }

    @Test("a body cut short, a part that names no field, or no boundary at all is refused")
    func refusals() throws {
        #expect(throws: FormReadingError.self) {
            try Self.read(Self.body(disposition: #"form-data; name="f"; filename="a.png""#, close: false))
        }
        let cutAtBoundary = Array(
            "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--\(Self.boundary)".utf8)
        #expect(throws: FormReadingError.self) { try Self.read(cutAtBoundary) }
        #expect(throws: FormReadingError.self) { try Self.read(Self.body(disposition: "attachment")) }
        #expect(throws: FormReadingError.self) { try Self.read(Array("garbage".utf8)) }
        #expect(MultipartFormReader.boundary(in: "multipart/form-data; boundary=\"q b\"") == "q b")
        #expect(MultipartFormReader.boundary(in: "multipart/form-data") == nil)
        #expect(MultipartFormReader.boundary(in: "multipart/form-data; boundary=") == nil)
        #expect(
            MultipartFormReader.boundary(in: "multipart/form-data; boundary=" + String(repeating: "b", count: 71))
                == nil)
    }

    @Test("a header name past ASCII is refused, not a crash; a UTF-8 file name and any content bytes are read")
    func headerNameBytes() throws {
        for name in ["Content-Dispositi\u{E9}n", "X-\u{FF}"] {
            let text = "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"a\"\r\n\(name): x\r\n\r\nv\r\n"
            for size in [1, 7, 4096] {
                #expect(throws: FormReadingError.self) {
                    try Self.read(Array((text + "--\(Self.boundary)--\r\n").utf8), chunk: size)
                }
            }
        }
        let content = "é: \u{FF}\r\n---\(Self.boundary.dropFirst(2)) x"
        let form = try Self.read(Self.body(disposition: #"form-data; name="f"; filename="ünï.png""#, content: content))
        #expect(form.files["f"]?.filename == "ünï.png")
        #expect(form.files["f"]?.bytes == Array(content.utf8))
        #expect(
            try Self.read(Self.body(disposition: #"form-data; name="f""#) + Array("épilogue: é".utf8)).fields["f"]
                == "x")
    }

    @Test("Content-Disposition: tokens, quoted strings, case, blanks; anything else is refused")
    func contentDisposition() {
        #expect(ContentDisposition(#"form-data; name="title""#) == ContentDisposition(#"Form-Data ;NAME = title"#))
        #expect(ContentDisposition(#"form-data; name="title""#)?.filename == nil)
        #expect(ContentDisposition(#"form-data; name="a"; filename="""#)?.filename == "")
        #expect(ContentDisposition("form-data; filename=x.png") == nil)
        #expect(ContentDisposition(#"form-data; name="unterminated"#) == nil)
        #expect(ContentDisposition("form-data; name=a b") == nil)
        #expect(ContentDisposition(#"form-data; name="a"; filename*=ISO-8859-1''caf%E9.png"#)?.filename == nil)
    }

    @Test("over HTTP: a form over the limit is 413 and a cut-short upload 400, each with a sentence, nothing saved")
    func overHTTP() async throws {
        try await withMemoryDemoApp { client, store in
            let browser = try await signedIn(client, store)
            var (headers, body) = AdminMediaTests.multipart(
                [("_csrf", browser.csrf), ("title", "Too big"), ("action", "publish")],
                file: ("image_file", "big.png", AdminMediaTests.png + [UInt8](repeating: 0, count: 12 << 20)))
            headers[.cookie] = browser.cookie
            let tooLarge = try await client.execute(uri: "/admin/posts", method: .post, headers: headers, body: body)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.text.contains("too large"))

            (headers, body) = AdminMediaTests.multipart(
                [("_csrf", browser.csrf), ("title", "Cut"), ("action", "publish")],
                file: ("image_file", "a;b.png", AdminMediaTests.png))
            headers[.cookie] = browser.cookie
            let cut = ByteBuffer(bytes: body.readableBytesView.dropLast(30))
            let refused = try await client.execute(uri: "/admin/posts", method: .post, headers: headers, body: cut)
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("cut short"))
            #expect(try await store.postCount() == 1)

            let whole = try await client.execute(uri: "/admin/posts", method: .post, headers: headers, body: body)
            #expect(whole.status == .seeOther)
            #expect(try await store.postCount() == 2)
        }
    }
}
