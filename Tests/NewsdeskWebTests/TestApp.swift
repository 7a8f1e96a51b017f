import Foundation
import Hummingbird
import HummingbirdTesting
import NewsdeskCore
import NewsdeskStore
import NewsdeskTestSupport
import NewsdeskWeb

/// Builds the real application on a fresh database loaded with the reference post, and tests it through the router.
func withDemoApp(
    _ database: TestDatabase,
    _ test: @escaping @Sendable (any TestClientProtocol, SQLStore, DatabaseLocation) async throws -> Void
) async throws {
    try await database.withFreshLocation { location in
        let store = try await SQLStore.open(location, logger: TestDatabase.logger)
        let theme = try await Theme.load()
        let configuration = AppConfiguration(
            host: "127.0.0.1", port: 0, database: location, baseURL: "https://wnu.example",
            changePollInterval: .milliseconds(50))
        let app = buildApplication(
            configuration: configuration, store: store, theme: theme, logger: TestDatabase.logger
        ) {
            try await ReferenceBlog.load(into: store)
        }
        try await app.test(.router) { client in try await test(client, store, location) }
        await store.close()
    }
}

/// The reference post's permalink.
let referencePath = "/2011/01/is-chinese-military-interested-in.html"

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}

/// A URL-encoded form body.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._*")
    let encoded = fields.map { name, value in
        name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
    }
    return ByteBuffer(string: encoded.joined(separator: "&"))
}

/// Form headers.
let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

extension String {
    /// Where each needle first occurs, in order; `nil` for a missing one.
    func offsets(of needles: [String]) -> [Int?] {
        needles.map { needle in range(of: needle).map { distance(from: startIndex, to: $0.lowerBound) } }
    }
}
