import Foundation

/// An address the clip fetcher may request: http or https, with a host, at most 2,000 characters.
struct ClipTarget: Sendable {
    /// Longer addresses are not stories' addresses; the limit also keeps pasted junk out of logs.
    static let maxLength = 2_000

    /// The absolute address.
    let url: URL
    /// The host as AsyncHTTPClient keys its connections and DNS overrides: IPv6 without brackets.
    let host: String

    /// `text`, resolved against `base` when relative (a redirect's `Location`).
    init(_ text: String, relativeTo base: URL? = nil) throws(ClipFetchError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.utf8.count <= Self.maxLength,
            let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
            url.absoluteString.utf8.count <= Self.maxLength
        else { throw .invalidURL }
        guard let scheme = url.scheme?.lowercased() else { throw .invalidURL }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        guard let host = url.host, !host.isEmpty else { throw .invalidURL }
        self.url = url
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }
}
