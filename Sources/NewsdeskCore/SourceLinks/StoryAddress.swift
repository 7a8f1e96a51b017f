import Foundation

/// A web address as the source checker compares them: host without `www.`, path without a trailing slash,
/// query; the scheme is ignored, so a move from http to https is not a move.
public struct StoryAddress: Sendable, Equatable {
    /// The host, lower-cased, without a leading `www.`.
    public let host: String
    /// The path without its trailing slash; empty for the site root.
    public let path: String
    /// The query, or empty.
    public let query: String

    /// The address of `text`; `nil` unless it is an absolute http or https address with a host.
    public init?(_ text: String) {
        guard let components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            var host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        self.host = host
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        self.path = path
        query = components.percentEncodedQuery ?? ""
    }

    /// Whether this is the site's front page: no path (or only an index file) and no query.
    public var isSiteRoot: Bool {
        guard query.isEmpty else { return false }
        let lowered = path.lowercased()
        return lowered.isEmpty || Self.indexFiles.contains(lowered)
    }

    /// Whether the path looks like a sign-in, registration or subscription page: a wall in front of a story.
    public var isLoginPage: Bool {
        let lowered = path.lowercased()
        return Self.loginWords.contains { lowered.contains($0) }
    }

    /// Whether the path looks like an outlet's error page.
    public var isErrorPage: Bool {
        let lowered = path.lowercased()
        return Self.errorWords.contains { lowered.contains($0) }
    }

    /// Whether the address can be a story: not the front page, a sign-in or an error page.
    public var isStory: Bool { !isSiteRoot && !isLoginPage && !isErrorPage }

    /// Whether a page title says the page was not found, as outlets' "soft 404" pages do.
    public static func titleSaysNotFound(_ title: String) -> Bool {
        let lowered = title.lowercased()
        if notFoundPhrases.contains(where: { lowered.contains($0) }) { return true }
        // "404" alone may be a story about flight 404; with "error" or "page" it is the error page.
        return lowered.contains("404") && (lowered.contains("error") || lowered.contains("page"))
    }

    private static let indexFiles: Set<String> = [
        "/index.html", "/index.htm", "/index.php", "/index.asp", "/index.aspx", "/default.aspx", "/home",
    ]
    private static let loginWords = [
        "login", "log-in", "signin", "sign-in", "sign_in", "subscribe", "register", "/account", "/auth", "paywall",
    ]
    private static let errorWords = ["/404", "not-found", "notfound", "/error"]
    private static let notFoundPhrases = [
        "not found", "page not found", "no longer available", "doesn't exist", "does not exist",
        "can't be found", "cannot be found", "could not be found", "page unavailable", "nicht gefunden",
    ]
}
