import Foundation
import Hummingbird

/// The API's OpenAPI 3.1 document, written by hand and checked in (`Resources/api/openapi.json`), served as it
/// is at `/api/openapi.json`. A test holds it to the router's routes and the answers' shapes.
struct OpenAPIDocument: Sendable {
    let cache: PageCache

    /// Where the document is served.
    static let path = "/api/openapi.json"

    /// The document's text, from the module's resources.
    static func text() throws -> String {
        let url = Bundle.module.resourceURL!.appendingPathComponent("api/openapi.json")
        return try String(contentsOf: url, encoding: .utf8)
    }

    func addRoutes<Context: RequestContext>(to api: APIRoutes<Context>) {
        api.get("/openapi.json") { request, _ in
            // Kept by the page cache like any page, so a hit is answered before the router.
            try await cache.page(Self.path) {
                CachedPage(
                    text: try Self.text(), contentType: APIJSON.contentType, cacheControl: "public, max-age=3600",
                    extraHeaders: APICORS.headers)
            }.response(to: request)
        }
    }
}
