import Foundation
import Hummingbird
import NewsdeskCore

/// A Micropub `POST` body as read within its limits, before the token is checked: a form (URL-encoded or
/// multipart, with its files) or a JSON object, and the `access_token` it carries, if any (spec 3.8).
struct MicropubBody: Sendable {
    /// The fields of a form body, or `nil` for JSON.
    var form: SubmittedForm?
    /// The JSON body, or `nil` for a form.
    var json: MicropubValue?

    /// The largest JSON or URL-encoded body: a long article fits many times over.
    static let maximumTextBytes = 1_048_576
    /// The largest multipart body: four photos at the image limit, and the fields.
    static let maximumMultipartBytes = 4 * ImageKind.maximumBytes + maximumTextBytes

    /// The token sent in the body.
    var accessToken: String? {
        form?["access_token"] ?? json?["access_token"]?.text
    }

    /// Reads the body of `request` by its `Content-Type`; a sentence when it is too large or unreadable.
    static func read(_ request: Request, context: NewsdeskRequestContext) async throws -> MicropubBody {
        let type = (request.headers[.contentType] ?? "").lowercased()
        if type.hasPrefix("application/json") {
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: maximumTextBytes)
            } catch {
                throw MicropubError(
                    status: 413, error: "invalid_request", description: "The JSON body is larger than 1 MB.")
            }
            do {
                return MicropubBody(json: try JSONDecoder().decode(MicropubValue.self, from: Data(buffer: buffer)))
            } catch {
                throw MicropubError.invalidRequest("The body is not valid JSON.")
            }
        }
        let multipart = type.hasPrefix("multipart/form-data")
        guard multipart || type.hasPrefix("application/x-www-form-urlencoded") || type.isEmpty else {
            throw MicropubError.invalidRequest(
                "Send the entry as application/x-www-form-urlencoded, multipart/form-data or application/json.")
        }
        let limit = multipart ? maximumMultipartBytes : maximumTextBytes
        return MicropubBody(form: try await SubmittedForm.read(request, context: context, limit: limit))
    }

    /// What the body asks for.
    func micropubRequest() throws(MicropubError) -> MicropubRequest {
        if let json { return try MicropubRequest.read(json: json) }
        return try MicropubRequest.read(form: form?.fields.values ?? [:])
    }
}
