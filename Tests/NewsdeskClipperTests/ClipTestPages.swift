import Hummingbird
import NIOCore

/// What the test server serves: good pages, failures, redirects and pages in Latin-1.
enum ClipTestPages {
    /// A story page with Open Graph tags and a relative photo.
    static let article = """
        <!DOCTYPE html><html><head><meta charset="utf-8">
        <title>Navy christens new frigate | The Harbour Times</title>
        <meta property="og:title" content="Navy christens new frigate">
        <meta property="og:site_name" content="The Harbour Times">
        <meta property="og:description" content="The ship is the first of six the Navy has ordered.">
        <meta property="og:image" content="/img/frigate.jpg">
        <meta property="article:published_time" content="2024-05-01T10:00:00Z">
        </head><body><article><p>The ship is the first of six the Navy has ordered from the yard.</p></article>
        </body></html>
        """

    /// A page with only a title and paragraphs.
    static let plain = """
        <html><head><title>Harbour wall to be rebuilt</title></head><body>
        <p>Work on the harbour wall will begin in the spring, the council said on Monday.</p>
        <p>The work is expected to take eighteen months and to cost about four million pounds.</p>
        </body></html>
        """

    /// "Café crème: naïve “quotes” €5" in Windows-1252 bytes, inside a title.
    static func latin1Page(head: String = "") -> [UInt8] {
        let text: [UInt8] =
            [0x43, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65, 0x3A, 0x20, 0x6E, 0x61, 0xEF]
            + [0x76, 0x65, 0x20, 0x93, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x73, 0x94, 0x20, 0x80, 0x35]
        return Array("<html><head>\(head)<title>".utf8) + text + Array("</title></head></html>".utf8)
    }

    /// The headline `latin1Page` decodes to.
    static let latin1Headline = "Café crème: naïve “quotes” €5"

    static func add(to router: Router<BasicRequestContext>) {
        router.get("/article") { _, _ in html(article) }
        router.get("/plain") { _, _ in html(plain, type: "application/xhtml+xml") }
        router.get("/missing") { _, _ in Response(status: .notFound, headers: [.contentType: "text/html"]) }
        router.get("/photo.png") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "image/png"],
                body: .init(byteBuffer: ByteBuffer(bytes: [0x89, 0x50, 0x4E, 0x47])))
        }
        router.get("/huge") { _, _ in html(String(repeating: "<p>padding</p>\n", count: 200_000)) }
        router.get("/huge-stream") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html"],
                body: ResponseBody { writer in
                    for _ in 0..<48 { try await writer.write(ByteBuffer(repeating: 0x20, count: 65_536)) }
                    try await writer.finish(nil)
                })
        }
        router.get("/slow") { _, _ in
            try await Task.sleep(for: .seconds(10))
            return html(plain)
        }
        router.get("/slow-body") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: "<html><head><title>Slow"))
                    try await Task.sleep(for: .seconds(10))
                    try await writer.finish(nil)
                })
        }
        addRedirects(to: router)
        addLatin1(to: router)
    }

    private static func addRedirects(to router: Router<BasicRequestContext>) {
        router.get("/redirect/:count") { _, context in
            let count = try context.parameters.require("count", as: Int.self)
            return redirect(count > 0 ? "/redirect/\(count - 1)" : "/article")
        }
        router.get("/to/unspecified") { request, _ in
            redirect("http://0.0.0.0:\(request.head.authority?.split(separator: ":").last ?? "")/article")
        }
        router.get("/to/private") { _, _ in redirect("http://10.0.0.1/") }
        router.get("/to/metadata") { _, _ in redirect("http://169.254.169.254/latest/meta-data/") }
        router.get("/to/nowhere") { _, _ in Response(status: .found) }
    }

    private static func addLatin1(to router: Router<BasicRequestContext>) {
        router.get("/latin1/header") { _, _ in
            bytes(latin1Page(), type: "text/html; charset=ISO-8859-1")
        }
        router.get("/latin1/meta") { _, _ in
            bytes(latin1Page(head: #"<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">"#))
        }
        router.get("/latin1/undeclared") { _, _ in bytes(latin1Page()) }
    }

    private static func html(_ text: String, type: String = "text/html; charset=utf-8") -> Response {
        bytes(Array(text.utf8), type: type)
    }

    private static func bytes(_ bytes: [UInt8], type: String = "text/html") -> Response {
        Response(
            status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private static func redirect(_ location: String) -> Response {
        Response(status: .found, headers: [.location: location])
    }
}
