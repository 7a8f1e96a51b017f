import Crypto
import Foundation
import NewsdeskCore
import SQLKit

extension SQLStore: MediaStore {
    public func storeMedia(bytes: [UInt8], kind: ImageKind, originalName: String, uploadedBy: Int64?) async throws
        -> StoredMedia
    {
        let sha = HexText.encode(SHA256.hash(data: bytes))
        let media = StoredMedia(sha256: sha, kind: kind, byteCount: bytes.count)
        // Not through `write`: a new image changes no page until a post names it.
        try await backend.transaction { database in
            try await database.raw(
                """
                INSERT INTO media (sha256, content_type, byte_count, bytes, original_name, uploaded_by, created_at_ms)
                VALUES (\(bind: sha), \(bind: kind.contentType), \(bind: bytes.count), \(bind: Data(bytes)),
                        \(bind: String(originalName.prefix(255))), \(bind: uploadedBy), \(bind: Date().millisecondsSince1970))
                ON CONFLICT (sha256) DO NOTHING
                """
            ).run()
        }
        return media
    }

    public func media(sha256: String) async throws -> (StoredMedia, [UInt8])? {
        let row = try await backend.read { database in
            try await database.raw(
                "SELECT content_type, byte_count, bytes FROM media WHERE sha256 = \(bind: sha256)"
            ).first()
        }
        guard let row,
            let kind = ImageKind.allCases.first(where: {
                $0.contentType == (try? row.decode(column: "content_type", as: String.self))
            })
        else { return nil }
        let bytes = try row.decode(column: "bytes", as: Data.self)
        return (StoredMedia(sha256: sha256, kind: kind, byteCount: bytes.count), Array(bytes))
    }
}
