import Crypto
import Foundation
import NewsdeskCore

extension InMemoryStore: MediaStore {
    public func storeMedia(bytes: [UInt8], kind: ImageKind, originalName: String, uploadedBy: Int64?) async throws
        -> StoredMedia
    {
        let media = StoredMedia(sha256: HexText.encode(SHA256.hash(data: bytes)), kind: kind, byteCount: bytes.count)
        // Not a recorded write: a new image changes no page until a post names it. The first upload of the same
        // bytes is kept, as `ON CONFLICT DO NOTHING` keeps it.
        try write(touching: nil) { state in
            if state.media[media.sha256] == nil {
                state.media[media.sha256] = InMemoryState.Media(media: media, bytes: bytes)
            }
        }
        return media
    }

    public func media(sha256: String) async throws -> (StoredMedia, [UInt8])? {
        try read { state in
            state.media[sha256].map { stored in
                (StoredMedia(sha256: sha256, kind: stored.media.kind, byteCount: stored.bytes.count), stored.bytes)
            }
        }
    }
}
