import Hummingbird

/// Refuses addresses that carry a NUL byte, raw or as `%00`, in the path or query: no page has one, and a
/// NUL passed on to PostgreSQL (a label, a search) is an error there, not a page. A 400 that says so.
struct NULAddressMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if Self.hasNUL(request.uri.path) || request.uri.query.map(Self.hasNUL) == true {
            throw HTTPError(.badRequest, message: "The address contains a NUL character, which no page has.")
        }
        return try await next(request, context)
    }

    /// Whether `text` holds a NUL byte or its percent-encoding.
    static func hasNUL(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var recent: (UInt8, UInt8) = (0xFF, 0xFF)
        while let byte = utf8.next() {
            if byte == 0 { return true }
            if recent.0 == UInt8(ascii: "%"), recent.1 == UInt8(ascii: "0"), byte == UInt8(ascii: "0") { return true }
            recent = (recent.1, byte)
        }
        return false
    }
}
