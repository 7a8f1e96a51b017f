/// What a Micropub `POST` asks for, read from its form or JSON body (spec sections 3.3 to 3.6): a new entry, or
/// an update, delete or undelete of the post at `url`. Plain values, so the reading is tested without a server.
enum MicropubRequest: Sendable, Equatable {
    /// A new `h-entry`: its properties, and the `mp-` commands (`mp-slug`), without the prefix.
    case create(properties: MicropubProperties, commands: MicropubProperties)
    /// Changes to the post at `url` (JSON only).
    case update(url: String, MicropubUpdate)
    /// The post at `url` to the trash.
    case delete(url: String)
    /// The post at `url` out of the trash.
    case undelete(url: String)

    /// The names a form uses for itself rather than for the entry's properties.
    static let reservedFormNames: Set<String> = ["h", "access_token", "action", "url"]

    /// Reads a form-encoded or multipart body's fields (`category[]` already under `category`).
    static func read(form values: [String: [String]]) throws(MicropubError) -> MicropubRequest {
        if let action = values["action"]?.first {
            guard action != "update" else {
                throw .invalidRequest("Updates are sent as JSON (Content-Type: application/json), not as a form.")
            }
            return try acting(action, url: values["url"]?.first)
        }
        let kind = values["h"]?.first ?? "entry"
        guard kind == "entry" else { throw .invalidRequest("Only h=entry can be created here, not h=\(kind).") }
        var properties: MicropubProperties = [:]
        var commands: MicropubProperties = [:]
        for (name, texts) in values where !reservedFormNames.contains(name) {
            let list = texts.map(MicropubValue.text)
            if name.hasPrefix("mp-") { commands[String(name.dropFirst(3))] = list } else { properties[name] = list }
        }
        return .create(properties: properties, commands: commands)
    }

    /// Reads a JSON body (already decoded); `access_token` in it is the caller's, not the entry's.
    static func read(json: MicropubValue) throws(MicropubError) -> MicropubRequest {
        guard case .object(let body) = json else { throw .invalidRequest("The JSON body must be an object.") }
        if let action = body["action"] {
            guard case .text(let name) = action else { throw .invalidRequest("“action” must be text.") }
            guard name == "update" else { return try acting(name, url: body["url"]?.text) }
            guard let url = body["url"]?.text else { throw .invalidRequest("An update needs the post's “url”.") }
            return .update(url: url, try MicropubUpdate(body))
        }
        guard case .list(let types)? = body["type"], types.contains(.text("h-entry")) else {
            throw .invalidRequest("The JSON body needs \"type\": [\"h-entry\"] (only entries can be created).")
        }
        guard case .object(let members) = body["properties"] ?? .object([:]) else {
            throw .invalidRequest("“properties” must be an object of lists.")
        }
        var properties = try MicropubValue.propertyLists(members, named: "properties")
        var commands: MicropubProperties = [:]
        for name in properties.keys where name.hasPrefix("mp-") {
            commands[String(name.dropFirst(3))] = properties.removeValue(forKey: name)
        }
        return .create(properties: properties, commands: commands)
    }

    /// A delete or undelete of the post at `url`.
    private static func acting(_ action: String, url: String?) throws(MicropubError) -> MicropubRequest {
        guard let url, !url.isEmpty else { throw .invalidRequest("The \(action) action needs the post's “url”.") }
        switch action {
        case "delete": return .delete(url: url)
        case "undelete": return .undelete(url: url)
        default: throw .invalidRequest("The action must be update, delete or undelete, not “\(action.prefix(40))”.")
        }
    }
}

/// A Micropub error as the spec writes it (section 3.7.3): an HTTP status, one of its error codes, and a sentence
/// for the person using the client, answered as `{"error": …, "error_description": …}`.
struct MicropubError: Error, Sendable, Equatable, Encodable {
    /// The HTTP status.
    let status: Int
    /// `invalid_request`, `unauthorized`, `insufficient_scope` or `forbidden` (and, beyond the spec, `not_found`,
    /// `too_many_requests` or `server_error`, so a client can tell them apart).
    let error: String
    /// What went wrong, in a sentence.
    let description: String

    private enum CodingKeys: String, CodingKey {
        case error
        case description = "error_description"
    }

    /// A request the endpoint cannot read or act on: a 400.
    static func invalidRequest(_ description: String) -> MicropubError {
        MicropubError(status: 400, error: "invalid_request", description: description)
    }

    /// The code the spec gives a status, for errors raised by code shared with the Admin API; a 403 is
    /// `insufficient_scope` when the token's scope is what is missing, `forbidden` otherwise.
    static func code(status: Int, scopeIsShort: Bool) -> String {
        switch status {
        case 401: "unauthorized"
        case 403: scopeIsShort ? "insufficient_scope" : "forbidden"
        case 404: "not_found"
        case 413: "invalid_request"
        case 429: "too_many_requests"
        case 400..<500: "invalid_request"
        default: "server_error"
        }
    }
}
