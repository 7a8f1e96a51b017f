import HTTPTypes
import Hummingbird
import NewsdeskCore

/// Uploaded images at `/media/<sha256>.<ext>`. The name is the content's hash, so a response never changes:
/// browsers and proxies may keep it for a year, and the ETag answers revalidations with 304.
struct MediaController<Context: RequestContext>: Sendable {
    let store: any MediaStore

    func addRoutes(to router: Router<Context>) {
        router.get("media/:file") { request, context in try await self.media(request, context: context) }
    }

    func media(_ request: Request, context: Context) async throws -> Response {
        let file = context.parameters.get("file") ?? ""
        let parts = file.split(separator: ".")
        guard parts.count == 2, parts[0].count == 64, parts[0].allSatisfy(\.isHexDigit),
            let (media, bytes) = try await store.media(sha256: String(parts[0])),
            parts[1] == media.kind.fileExtension
        else { throw HTTPError(.notFound) }
        let etag = "\"\(media.sha256)\""
        var headers: HTTPFields = [
            .contentType: media.kind.contentType, .eTag: etag,
            .cacheControl: "public, max-age=31536000, immutable", .xContentTypeOptions: "nosniff",
        ]
        if request.headers[.ifNoneMatch]?.contains(etag) == true {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(bytes.count)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

extension HTTPField.Name {
    /// Tells browsers to trust the Content-Type rather than guess.
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}
