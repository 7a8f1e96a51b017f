import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NewsdeskCore
import NewsdeskTestSupport

@testable import NewsdeskWeb

/// A Micropub client for route tests: the test app, its store, and an admin's write token.
struct MicropubClient: Sendable {
    let client: any TestClientProtocol
    let store: any NewsdeskStorage
    /// Ed's write token.
    let secret: String

    /// Runs `test` on the in-memory app, or on `database` when given.
    static func run(
        _ database: TestDatabase? = nil, allowPrivateOutgoing: Bool = false,
        _ test: @escaping @Sendable (MicropubClient) async throws -> Void
    ) async throws {
        @Sendable func prepared(_ client: any TestClientProtocol, _ store: any NewsdeskStorage) async throws {
            let ed = try await addUser(store, email: "ed@example.com", name: "Ed", role: .admin)
            try await test(
                MicropubClient(
                    client: client, store: store, secret: try await makeAPIToken(store, for: ed, scope: .write)))
        }
        if let database {
            try await withDemoApp(database, allowPrivateOutgoing: allowPrivateOutgoing) { client, store, _ in
                try await prepared(client, store)
            }
        } else {
            try await withMemoryDemoApp(allowPrivateOutgoing: allowPrivateOutgoing) { client, store in
                try await prepared(client, store)
            }
        }
    }

    /// A form-encoded `POST /micropub`, the token in the header unless `secret` is given as `nil` or a field
    /// carries it.
    func form(_ fields: [(String, String)], secret: String?? = .none) async throws -> TestResponse {
        let body = fields.map { "\(Self.encoded($0.0))=\(Self.encoded($0.1))" }.joined(separator: "&")
        return try await send(
            "/micropub", type: "application/x-www-form-urlencoded", body: ByteBuffer(string: body), secret: secret)
    }

    /// A JSON `POST /micropub`.
    func json(_ text: String, secret: String?? = .none) async throws -> TestResponse {
        try await send("/micropub", type: "application/json", body: ByteBuffer(string: text), secret: secret)
    }

    /// A multipart `POST` to `uri` with text fields and files (name, file name, bytes).
    func multipart(
        to uri: String = "/micropub", _ fields: [(String, String)], files: [(String, String, [UInt8])],
        secret: String?? = .none
    ) async throws -> TestResponse {
        let boundary = "----micropub-test-boundary"
        var body: [UInt8] = []
        for (name, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, filename, bytes) in files {
            body += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\n\r\n"
                    .utf8)
            body += bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return try await send(
            uri, type: "multipart/form-data; boundary=\(boundary)", body: ByteBuffer(bytes: body), secret: secret)
    }

    /// A `GET /micropub?…` query.
    func query(_ query: String, secret: String?? = .none) async throws -> TestResponse {
        try await send("/micropub?\(query)", method: .get, type: nil, body: nil, secret: secret)
    }

    /// Sends a request with the header token: Ed's unless `secret` says otherwise (`.some(nil)`: none).
    private func send(
        _ uri: String, method: HTTPRequest.Method = .post, type: String?, body: ByteBuffer?, secret: String??
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.forwardedFor: "192.0.2.7"]
        if let type { headers[.contentType] = type }
        if let token = secret ?? self.secret { headers[.authorization] = "Bearer \(token)" }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body)
    }

    /// The stored post a `Location` names.
    func post(at location: String?) async throws -> Post? {
        guard let location, let path = URL(string: location)?.path, location.hasPrefix("http") else { return nil }
        return try await store.post(atPath: path)
    }

    /// Creates a post from a form; its stored self and its address.
    func made(_ fields: [(String, String)]) async throws -> (Post, String) {
        let response = try await form(fields)
        let location = response.headers[.location] ?? ""
        guard response.status == .created, let post = try await post(at: location) else {
            throw MicropubTestError.notCreated(response.text)
        }
        return (post, location)
    }

    /// `text` percent-encoded for a form or a query string.
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~")))
            ?? ""
    }
}

/// A test's post was not made.
enum MicropubTestError: Error {
    case notCreated(String)
}

/// The images micropub.rocks uploads, as small as the sniffer accepts.
enum MicropubImages {
    static let png = AdminMediaTests.png
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0x00, 0xFF, 0xD9]
    static let gif: [UInt8] = Array("GIF89a".utf8) + [0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3B]
}
