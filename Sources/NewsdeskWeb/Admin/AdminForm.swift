import Foundation
import Hummingbird

/// Reading the admin's URL-encoded forms.
enum AdminForm {
    /// Collects the body (keeping it in the request); a body over `limit` is the user's error.
    static func collect(_ request: inout Request, limit: Int) async throws -> String {
        do {
            return String(buffer: try await request.collectBody(upTo: limit))
        } catch {
            throw HTTPError(.contentTooLarge, message: "What you sent is too large.")
        }
    }

    /// Decodes the form into `T`; a garbled body is a 400 with a clear message.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int = 4 * 1024 * 1024)
        async throws -> T
    {
        var request = request
        let body = try await collect(&request, limit: limit)
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: body)
        } catch {
            throw HTTPError(.badRequest, message: "The form could not be read.")
        }
    }

    /// Compares every byte, so the time taken does not tell how much of a guess was right.
    static func constantTimeEqual(_ given: String, _ expected: String) -> Bool {
        let (left, right) = (Array(given.utf8), Array(expected.utf8))
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
