import NewsdeskCore

/// The one rule for keeping an uploaded image, whoever sends it: the editor's image field, the Admin API's
/// media upload and Micropub's media endpoint all check and store images here.
struct ImageUploads: Sendable {
    let store: any MediaStore

    /// Checks `file` by its bytes (not by the type the sender claimed) and stores it; the stored image, or a
    /// sentence saying why it was refused.
    func keep(_ file: UploadedFile, uploadedBy: Int64?) async throws -> Result<StoredMedia, ImageRefusal> {
        guard file.bytes.count <= ImageKind.maximumBytes else {
            return .failure(ImageRefusal(message: "The image is larger than 10 MB.", reason: .tooLarge))
        }
        guard let kind = ImageKind.sniff(file.bytes) else {
            let name = TextInput.displayable(file.filename)
            return .failure(ImageRefusal(message: "“\(name)” is not a JPEG, PNG, GIF or WebP image."))
        }
        let media = try await store.storeMedia(
            bytes: file.bytes, kind: kind, originalName: TextInput.displayable(file.filename), uploadedBy: uploadedBy)
        return .success(media)
    }
}

/// Why an uploaded image was not kept, as a sentence for the person who sent it.
struct ImageRefusal: Error, Equatable {
    /// What was wrong, for an API to choose its status by.
    enum Reason: Equatable, Sendable {
        /// Larger than ``ImageKind/maximumBytes``.
        case tooLarge
        /// Not a JPEG, PNG, GIF or WebP image, whatever it claimed to be.
        case notAnImage
    }

    let message: String
    var reason = Reason.notAnImage
}
