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
        return formPairs(query).first { $0.0 == name }?.1
    }

    /// Every name and value of a query string or URL-encoded body, in order (a name may repeat, as ticked
    /// boxes do); a value that does not decode is empty.
    static func formPairs(_ query: String) -> [(String, String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String {
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            return (decoded(parts[0]), parts.count > 1 ? decoded(parts[1]) : "")
        }
    }
}
