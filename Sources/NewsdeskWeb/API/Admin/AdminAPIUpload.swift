import Foundation
import Hummingbird
import NIOCore
import NewsdeskCore

/// Reads the image a client uploads to the Admin API, never more than the largest image allowed plus a form's
/// headers: a body past that is refused with a 413 while it arrives, not after it was all kept in memory.
enum AdminAPIUpload {
    /// The image types a raw body may name.
    static let imageTypes: Set<String> = ["image/jpeg", "image/png", "image/gif", "image/webp"]
    /// Room for a form's boundaries and part headers around the image itself.
    static let formOverhead = 64 * 1024

    /// The uploaded file: the form's `file` part, or the whole body when its type is an image's.
    static func file(in request: Request) async throws -> UploadedFile {
        let contentType = request.headers[.contentType] ?? ""
        let mediaType = contentType.split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        if mediaType == "multipart/form-data" {
            let form: SubmittedForm
            do {
                form = try await SubmittedForm.read(request, limit: ImageKind.maximumBytes + formOverhead)
            } catch FormReadingError.tooLarge {
                throw tooLarge
            } catch FormReadingError.malformed(let why) {
                throw ProblemDetails(.badRequest, detail: "The form could not be read: \(why).")
            }
            guard let file = form.files["file"] else {
                throw ProblemDetails(
                    .unprocessableContent,
                    detail: "The form has no file in a part named file; send it as curl does with -F file=@photo.jpg.")
            }
            return file
        }
        guard let mediaType, imageTypes.contains(mediaType) else {
            throw ProblemDetails(
                .unsupportedMediaType,
                detail: "Send the image as multipart/form-data with a part named file, or as the body itself with "
                    + "Content-Type image/jpeg, image/png, image/gif or image/webp.")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: ImageKind.maximumBytes)
        } catch is NIOTooManyBytesError {
            throw tooLarge
        }
        return UploadedFile(filename: "the body", contentType: mediaType, bytes: Array(buffer.readableBytesView))
    }

    /// The 413 for an upload past the limit.
    static var tooLarge: ProblemDetails {
        ProblemDetails(
            .contentTooLarge, detail: "The upload is larger than 10 MB; send a smaller image (or scale this one down).")
    }
}
