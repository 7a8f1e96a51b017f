import Foundation
import Hummingbird
import NewsdeskClipper
import NewsdeskCore

/// The Micropub endpoint (W3C Recommendation), `/micropub`, and its media endpoint, `/micropub/media`, for
/// posting clients on phones and desktops. Callers use the Admin API's tokens, in the `Authorization` header or
/// as `access_token` in the body; creating, changing and deleting need the write scope, queries the read scope.
/// Posts are made and changed through ``PostEditing`` from a ``PostDraft``, exactly as the Admin API does.
struct MicropubController: Sendable {
    let reader: SiteReader
    let store: any PostStore & EditorialStore & DiscoveryStore
    let editing: PostEditing
    let images: ImageUploads
    let clipper: ClipFetcher
    /// The one token check, shared with the Admin API.
    let tokens: BearerTokenMiddleware

    /// The endpoint's path, announced on every page with `<link rel="micropub">`.
    static let path = "/micropub"

    /// `GET` and `POST /micropub`, and `POST /micropub/media`, every error as the spec's error JSON.
    func addRoutes(to router: Router<NewsdeskRequestContext>) {
        let group = router.group(RouterPath(Self.path)).add(middleware: MicropubErrorMiddleware())
        group.get { request, context in try await query(request, context: context) }
        group.post { request, context in try await post(request, context: context) }
        group.post("media") { request, context in try await media(request, context: context) }
    }

    /// `POST /micropub`: a new entry, or an update, delete or undelete.
    func post(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let headerCaller = try await self.headerCaller(request, context: context, requiring: .write)
        let body = try await MicropubBody.read(request, context: context)
        let caller = try await caller(
            request, context: context, headerCaller: headerCaller, bodyToken: body.accessToken, requiring: .write)
        switch try body.micropubRequest() {
        case .create(let properties, let commands):
            return try await create(properties, commands: commands, files: body.form?.uploads ?? [:], by: caller)
        case .update(let url, let update): return try await change(url, update, by: caller)
        case .delete(let url): return try await trash(url, restore: false, by: caller)
        case .undelete(let url): return try await trash(url, restore: true, by: caller)
        }
    }

    /// `POST /micropub/media`: one image in the multipart part `file`, kept by the editor's rule; 201 with its
    /// absolute address in `Location`.
    func media(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        guard (request.headers[.contentType] ?? "").lowercased().hasPrefix("multipart/form-data") else {
            throw MicropubError.invalidRequest("Send the image as multipart/form-data, in a part named file.")
        }
        let headerCaller = try await self.headerCaller(request, context: context, requiring: .write)
        let form = try await SubmittedForm.read(
            request, context: context, limit: ImageKind.maximumBytes + MicropubBody.maximumTextBytes)
        let caller = try await caller(
            request, context: context, headerCaller: headerCaller, bodyToken: form["access_token"], requiring: .write)
        guard let file = form.files["file"] else {
            throw MicropubError.invalidRequest("The image must be sent in a part named file.")
        }
        switch try await images.keep(file, uploadedBy: caller.user.id) {
        case .failure(let refusal): throw MicropubError.invalidRequest(refusal.message)
        case .success(let media):
            let baseURL = reader.baseURL(for: try await reader.blog())
            return Response(status: .created, headers: [.location: baseURL + media.path])
        }
    }

    /// The caller named by the `Authorization` header, checked before the body is read, so that a request
    /// without a good token is refused before its upload is read; `nil` when the header carries no token.
    func headerCaller(_ request: Request, context: NewsdeskRequestContext, requiring scope: APIScope)
        async throws -> APICaller?
    {
        guard let header = BearerTokenMiddleware.bearerToken(in: request.headers) else { return nil }
        let caller = try await tokens.caller(presenting: header, request: request, context: context)
        try caller.require(scope)
        return caller
    }

    /// The caller, when the token (in the header, already checked, or in the body, not both) allows `scope`.
    func caller(
        _ request: Request, context: NewsdeskRequestContext, headerCaller: APICaller?, bodyToken: String?,
        requiring scope: APIScope
    ) async throws -> APICaller {
        if let headerCaller {
            guard bodyToken == nil else {
                throw MicropubError.invalidRequest(
                    "Send the token once: in the Authorization header or as access_token, not both.")
            }
            return headerCaller
        }
        let caller = try await tokens.caller(presenting: bodyToken, request: request, context: context)
        try caller.require(scope)
        return caller
    }
}
