import Foundation
import Hummingbird
import NewsdeskCore

/// Image uploads in the Admin API, `POST /api/v1/admin/media` with a write token: the image as a
/// `multipart/form-data` part named `file`, or as the body itself with its image `Content-Type`. The image is
/// checked and stored by ``ImageUploads``, the editor's own rule, and answered with its address to use as a
/// post's image.
struct AdminAPIMediaController: Sendable {
    let reader: SiteReader
    let images: ImageUploads

    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.post("media") { request, context in try await upload(request, context: context) }
    }

    /// `POST media`: 201 with the stored image's address (also its `Location`), or a problem saying why not.
    func upload(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let caller = try context.apiCaller(requiring: .write)
        let file = try await AdminAPIUpload.file(in: request)
        switch try await images.keep(file, uploadedBy: caller.user.id) {
        case .failure(let refusal):
            throw ProblemDetails(
                refusal.reason == .tooLarge ? .contentTooLarge : .unsupportedMediaType, detail: refusal.message)
        case .success(let media):
            let url = reader.baseURL(for: try await reader.blog()) + media.path
            var response = try APIJSON.response(
                AdminAPIMedia(url: url, path: media.path, type: media.kind.contentType, bytes: media.byteCount),
                status: .created)
            response.headers[.location] = url
            return response
        }
    }
}

/// A stored image as the Admin API answers an upload: where it is served and what it is.
struct AdminAPIMedia: Codable, Sendable, Equatable {
    /// The absolute address, for a post's `imageURL` or anywhere else.
    var url: String
    /// `/media/<sha256>.<ext>`: the name is the content's hash, so the same image uploaded twice has one address.
    var path: String
    /// Its media type, read from its bytes: `image/jpeg`, `image/png`, `image/gif` or `image/webp`.
    var type: String
    var bytes: Int
}
