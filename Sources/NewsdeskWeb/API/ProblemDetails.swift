import Foundation
import Hummingbird

/// An API error as RFC 9457 describes it (`application/problem+json`): a status, a short title, and a
/// sentence a person can act on. Every error the API answers with is one of these, never an HTML page.
struct ProblemDetails: Error, Sendable, Equatable, Codable {
    /// A URI naming the kind of problem; `about:blank` when the status says it all.
    var type: String
    /// The status's reason phrase, or a short summary of the kind.
    var title: String
    /// The HTTP status code.
    var status: Int
    /// What went wrong with this request, in a sentence.
    var detail: String

    /// A problem with `status`, explained by `detail`.
    init(_ status: HTTPResponse.Status, detail: String, type: String = "about:blank") {
        self.type = type
        self.title = status.reasonPhrase
        self.status = status.code
        self.detail = detail
    }

    /// The media type of a problem.
    static let mediaType = "application/problem+json"

    /// The problem as a response, with `headers` added (`WWW-Authenticate` for a 401, say).
    func response(headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = Self.mediaType
        fields[.cacheControl] = "no-store"
        // Four strings and a number always encode.
        let body = (try? APIJSON.text(self)) ?? ""
        return Response(
            status: HTTPResponse.Status(code: status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
