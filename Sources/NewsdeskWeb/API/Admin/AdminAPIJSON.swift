import Foundation
import Hummingbird

/// The Admin API's JSON answers: keys sorted so that the same value always reads the same, slashes unescaped.
enum AdminAPIJSON {
    /// `value` as an `application/json` response that no cache keeps.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return Response(
            status: status, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}
