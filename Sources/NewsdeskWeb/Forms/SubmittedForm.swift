import Foundation
import Hummingbird

/// A form as submitted, URL-encoded or `multipart/form-data` (when it carries a file): its fields in order and
/// its files.
struct SubmittedForm: Sendable {
    /// Every field's values by name.
    var fields = FormFields()
    /// Uploaded files by field name (`photo[]` is under `photo`), in the order they came.
    private(set) var uploads: [String: [UploadedFile]] = [:]
    /// The first file uploaded under each field name.
    var files: [String: UploadedFile] { uploads.compactMapValues(\.first) }
    /// The size of the body it was read from.
    var byteCount = 0

    /// The first value of `name`.
    subscript(_ name: String) -> String? {
        fields[name]
    }

    /// Adds a file sent as `name` (multipart parts arrive one at a time).
    mutating func add(_ file: UploadedFile, as name: String) {
        uploads[name.hasSuffix("[]") ? String(name.dropLast(2)) : name, default: []].append(file)
    }

    /// Every value of `name` (ticked boxes named `name[]`).
    func values(_ name: String) -> [String] {
        fields.values[name] ?? []
    }

    /// The request's form, at most `limit` bytes: the one `CSRFMiddleware` already read, or else read now.
    /// The body is read once, and a body over the limit is refused as it arrives.
    static func read(_ request: Request, context: NewsdeskRequestContext, limit: Int) async throws -> SubmittedForm {
        if let form = context.submittedForm {
            guard form.byteCount <= limit else { throw Self.refusal(.tooLarge) }
            return form
        }
        do {
            return try await read(request, limit: limit)
        } catch let error as FormReadingError {
            throw Self.refusal(error)
        }
    }

    /// Reads the body of `request` as a form of at most `limit` bytes, refused as it arrives past that; a
    /// ``FormReadingError`` for the caller to answer in its own way (the Admin API with a problem document).
    static func read(_ request: Request, limit: Int) async throws -> SubmittedForm {
        let contentType = request.headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("multipart/form-data") else {
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: limit)
            } catch {
                throw FormReadingError.tooLarge
            }
            return SubmittedForm(
                fields: try FormFields.decode(String(buffer: buffer)), byteCount: buffer.readableBytes)
        }
        guard let boundary = MultipartFormReader.boundary(in: contentType) else {
            throw FormReadingError.malformed("its Content-Type names no boundary")
        }
        let reader = MultipartFormReader(boundary: boundary)
        var total = 0
        for try await chunk in request.body {
            guard chunk.readableBytes <= limit - total else { throw FormReadingError.tooLarge }
            total += chunk.readableBytes
            try reader.read(chunk)
        }
        var form = try reader.finish()
        form.byteCount = total
        return form
    }

    /// The answer to a form that could not be read.
    static func refusal(_ error: FormReadingError) -> HTTPError {
        switch error {
        case .tooLarge: HTTPError(.contentTooLarge, message: "What you sent is too large.")
        case .malformed(let why): HTTPError(.badRequest, message: "The form could not be read: \(why).")
        }
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
