import NIOHTTP1

/// Why a clip could not be fetched, told so that an editor knows what to do next.
public enum ClipFetchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a web address (no scheme or host, garbage, over 2,000 characters).
    case invalidURL
    /// The address uses a scheme other than http or https; the scheme, lower-cased.
    case unsupportedScheme(String)
    /// The host leads to a loopback, private, link-local or otherwise non-public address; the host.
    case refusedAddress(String)
    /// The page redirected more often than the policy follows; that limit.
    case tooManyRedirects(Int)
    /// The page answered with a status other than 2xx (or a redirect without a `Location`).
    case httpStatus(Int)
    /// The answer is not HTML; its media type, or "no type given".
    case notHTML(String)
    /// The page is larger than the policy's limit; that limit in bytes.
    case tooLarge(Int)
    /// The fetch took longer than the policy's timeout; that timeout.
    case timeout(Duration)
    /// The site could not be reached; why, in a phrase ("the connection was refused").
    case unreachable(String)
    /// The host's name does not exist (the name service said so, rather than failing to answer); the host.
    /// Kept apart from `unreachable` because the source checker counts a vanished name as a dead story.
    case unknownHost(String)

    /// The error in a sentence for the editor.
    public var description: String {
        switch self {
        case .invalidURL:
            "That does not look like a web address; paste the story's full address, starting with https://."
        case .unsupportedScheme(let scheme):
            "Newsdesk fetches only http and https addresses, not \(scheme): ones."
        case .refusedAddress(let host):
            "That address (\(host)) is on a private network; Newsdesk does not fetch it."
        case .tooManyRedirects(let limit):
            "The page redirected more than \(limit) times, so Newsdesk stopped following it."
        case .httpStatus(let code):
            "The page answered \(code) \(HTTPResponseStatus(statusCode: code).reasonPhrase)."
        case .notHTML(let type):
            "That is not a web page (\(type))."
        case .tooLarge(let limit):
            "The page is larger than \(Self.size(limit))."
        case .timeout(let timeout):
            "The page took longer than \(Self.seconds(timeout)) to answer."
        case .unreachable(let reason):
            "Newsdesk could not reach the site: \(reason)."
        case .unknownHost(let host):
            "Newsdesk could not reach the site: no site is called \(host)."
        }
    }

    private static func size(_ bytes: Int) -> String {
        let mebibyte = 1024 * 1024
        if bytes >= mebibyte {
            let tenths = bytes * 10 / mebibyte
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        }
        return bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
    }

    private static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if milliseconds == 1000 { return "1 second" }
        return milliseconds % 1000 == 0 ? "\(milliseconds / 1000) seconds" : "\(Double(milliseconds) / 1000) seconds"
    }
}
