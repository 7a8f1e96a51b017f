import Foundation
import Hummingbird

/// A form as submitted, URL-encoded or `multipart/form-data` (when it carries a file): its fields in order and
/// its files.
struct SubmittedForm: Sendable {
    /// Every field's name and value, in order (a name repeats for ticked boxes).
    var fields: [(String, String)] = []
    /// Uploaded files by field name.
    var files: [String: UploadedFile] = [:]

    /// The first value of `name`.
    subscript(_ name: String) -> String? {
        fields.first { $0.0 == name }?.1
    }

    /// Every value of `name`.
    func values(_ name: String) -> [String] {
        fields.filter { $0.0 == name }.map(\.1)
    }

    /// Reads the request's form (up to `limit` bytes), keeping the body in the request for whoever reads next.
    static func read(_ request: inout Request, limit: Int) async throws -> SubmittedForm {
        let contentType = request.headers[.contentType] ?? ""
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw HTTPError(.contentTooLarge, message: "What you sent is too large.")
        }
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = MultipartParser.boundary(in: contentType),
                let form = MultipartParser(boundary: boundary).parse(Array(buffer.readableBytesView))
            else { throw HTTPError(.badRequest, message: "The form could not be read.") }
            return form
        }
        return SubmittedForm(fields: URLPath.formPairs(String(buffer: buffer)))
    }
}

/// A file sent with a form.
struct UploadedFile: Sendable {
    /// The name it had on the sender's computer.
    let filename: String
    /// The type the browser claimed (not trusted: images are checked by their bytes).
    let contentType: String
    /// The bytes.
    let bytes: [UInt8]
}
