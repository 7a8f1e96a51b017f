import Foundation
import Hummingbird
import NewsdeskCore

extension MicropubController {
    /// A new post from an entry's properties: uploaded photos kept first, the clipping fetched when only its
    /// address was given, a title when none was (the story's headline, else the commentary's first words); 201
    /// with the post's public address.
    func create(
        _ properties: MicropubProperties, commands: MicropubProperties, files: [String: [UploadedFile]],
        by caller: APICaller
    ) async throws -> Response {
        let blog = try await reader.blog()
        let baseURL = reader.baseURL(for: blog)
        var properties = properties
        for file in files["photo"] ?? [] {
            switch try await images.keep(file, uploadedBy: caller.user.id) {
            case .failure(let refusal): throw MicropubError.invalidRequest(refusal.message)
            case .success(let media): properties["photo", default: []].append(.text(media.path))
            }
        }
        var input = try MicropubEntry.input(properties, over: PostDraft(), baseURL: baseURL, withState: true)
        input.slug = commands["slug"]?.first?.text
        var draft = try await withClip(try input.applied(to: PostDraft(), timeZone: blog.timeZone), previous: nil)
        if draft.title.isEmpty {
            draft.title =
                draft.headline.isEmpty ? MicropubEntry.derivedTitle(commentary: draft.commentary) : draft.headline
        }
        let saved = try await editing.saveOrRefuse(
            draft, action: try input.action(from: nil), base: PostEditing.newPost(by: caller.user), stored: nil,
            blog: blog)
        return Response(status: .created, headers: [.location: baseURL + saved.path])
    }

    /// An update: the post's properties changed as asked and laid back over it; 204, or 201 with the new
    /// address when the change moved the post.
    func change(_ url: String, _ update: MicropubUpdate, by caller: APICaller) async throws -> Response {
        let stored = try await post(at: url, by: caller)
        guard stored.status != .trashed else {
            throw MicropubError.invalidRequest("The post is deleted; undelete it before changing it.")
        }
        let blog = try await reader.blog()
        let baseURL = reader.baseURL(for: blog)
        let current = PostDraft(stored, timeZone: blog.timeZone)
        let properties = update.applied(to: MicropubEntry.properties(of: stored, baseURL: baseURL))
        let input = try MicropubEntry.input(
            properties, over: current, baseURL: baseURL,
            withState: !update.changedNames.isDisjoint(with: ["post-status", "published"]))
        let draft = try await withClip(try input.applied(to: current, timeZone: blog.timeZone), previous: current)
        let saved = try await editing.saveOrRefuse(
            draft, action: try input.action(from: stored.status), base: stored, stored: stored, blog: blog)
        guard saved.path != stored.path else { return Response(status: .noContent) }
        return Response(status: .created, headers: [.location: baseURL + saved.path])
    }

    /// Delete (to the trash) or undelete (out of it); 204 either way, also when nothing had to move.
    func trash(_ url: String, restore: Bool, by caller: APICaller) async throws -> Response {
        let post = try await post(at: url, by: caller)
        if (post.status == .trashed) == restore { try await editing.trash(post, restore: restore) }
        return Response(status: .noContent)
    }

    /// The post at `url` (an address on this blog, or its path), when the caller's user may edit it.
    func post(at url: String, by caller: APICaller) async throws -> Post {
        let path = URL(string: url)?.path ?? ""
        guard !path.isEmpty, let found = try await store.post(atPath: path), let id = found.id else {
            throw MicropubError.invalidRequest("There is no post at \(url.prefix(200)).")
        }
        return try await editing.editablePost(id, by: caller.user)
    }

    /// `draft` with its story fetched when its address is new and only the address was given. A story that
    /// cannot be fetched leaves the address alone, unless nothing else was written: then the post is refused
    /// with the reason.
    func withClip(_ draft: PostDraft, previous: PostDraft?) async throws -> PostDraft {
        guard !draft.sourceURL.isEmpty, draft.sourceURL != previous?.sourceURL, draft.headline.isEmpty
        else { return draft }
        switch await draft.fetchingClip(with: clipper) {
        case .success(let fetched): return fetched.draft
        case .failure(let problem):
            guard draft.title.isEmpty, draft.commentary.isEmpty, draft.body.isEmpty else { return draft }
            throw MicropubError.invalidRequest(problem.message)
        }
    }
}
