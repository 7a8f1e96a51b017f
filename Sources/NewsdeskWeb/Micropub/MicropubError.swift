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
