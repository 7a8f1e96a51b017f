import Foundation

/// Names inside paths: `/search/label/Iraq%20War`, `/sources/Stars%20And%20Stripes`.
public enum PathSegment {
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `text` as one path segment: everything but unreserved characters percent-encoded (spaces as `%20`, as
    /// Blogger writes label links).
    public static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// A label's page, at Blogger's address.
    public static func labelPage(_ label: String) -> String { "/search/label/" + encoded(label) }

    /// A label's Atom feed, at Blogger's address.
    public static func labelFeed(_ label: String) -> String { "/feeds/posts/default/-/" + encoded(label) }
}
