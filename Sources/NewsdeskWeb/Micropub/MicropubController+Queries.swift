import Foundation
import Hummingbird
import NewsdeskCore

extension MicropubController {
    /// What `q=config` lists as answered.
    static let queries = ["config", "source", "syndicate-to", "category"]

    /// `GET /micropub?q=…` with a read token: the configuration, a post's source, the (empty) syndication
    /// targets, or the labels.
    func query(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let headerCaller = try await self.headerCaller(request, context: context, requiring: .read)
        let caller = try await caller(
            request, context: context, headerCaller: headerCaller, bodyToken: nil, requiring: .read)
        let fields: FormFields
        do {
            fields = try FormFields.decode(request.uri.query ?? "")
        } catch {
            throw MicropubError.invalidRequest("The query string could not be read: \(error).")
        }
        let baseURL = reader.baseURL(for: try await reader.blog())
        switch fields["q"] {
        case "config":
            return try APIJSON.response(
                Config(mediaEndpoint: baseURL + Self.path + "/media", syndicateTo: [], q: Self.queries))
        case "syndicate-to":
            return try APIJSON.response(["syndicate-to": [String]()])
        case "category":
            let filter = (fields["filter"] ?? "").lowercased()
            let labels = try await store.labelCounts().map(\.label)
            return try APIJSON.response([
                "categories": labels.filter { filter.isEmpty || $0.lowercased().hasPrefix(filter) }
            ])
        case "source":
            guard let url = fields["url"] else {
                throw MicropubError.invalidRequest("q=source needs the post's url.")
            }
            let post = try await post(at: url, by: caller)
            let properties = MicropubEntry.properties(of: post, baseURL: baseURL)
            let wanted = fields.values["properties"] ?? []
            guard wanted.isEmpty else {
                return try APIJSON.response(
                    Source(type: nil, properties: properties.filter { wanted.contains($0.key) }))
            }
            return try APIJSON.response(Source(type: ["h-entry"], properties: properties))
        case let other:
            let asked = other.map { "q=\($0.prefix(40)) is not one of them" } ?? "none was asked"
            throw MicropubError.invalidRequest(
                "This endpoint answers q=\(Self.queries.joined(separator: ", q=")); \(asked).")
        }
    }

    /// The answer to `q=config`.
    struct Config: Encodable {
        /// `media-endpoint`: where clients upload photos before posting.
        let mediaEndpoint: String
        /// `syndicate-to`: none, Newsdesk posts to itself only.
        let syndicateTo: [String]
        /// The queries answered.
        let q: [String]

        private enum CodingKeys: String, CodingKey {
            case mediaEndpoint = "media-endpoint"
            case syndicateTo = "syndicate-to"
            case q
        }
    }

    /// The answer to `q=source`: the type only when every property is given (spec 3.7.2).
    struct Source: Encodable {
        /// `["h-entry"]`, or `nil` when only some properties were asked for.
        let type: [String]?
        /// The properties asked for.
        let properties: MicropubProperties
    }
}
