import Foundation
import NewsdeskCore

/// Labels and outlets inside paths: `/search/label/Iraq%20War`, `/sources/Stars%20And%20Stripes`.
enum URLPath {
    /// A path segment as the router hands it over (still encoded), decoded; `nil` for bad encodings.
    static func decoded(_ segment: String) -> String? {
        segment.removingPercentEncoding
    }

    /// The page of an outlet's clips.
    static func outlet(_ outlet: String) -> String { "/sources/" + PathSegment.encoded(outlet) }

    /// The value of `name` in a raw query string, decoded as browsers encode forms (`+` is a space); `nil`
    /// when absent.
    static func formValue(_ name: String, inQuery query: String?) -> String? {
        guard let query else { return nil }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first == Substring(name) else { continue }
            let raw = parts.count > 1 ? String(parts[1]) : ""
            return raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
        }
        return nil
    }
}
