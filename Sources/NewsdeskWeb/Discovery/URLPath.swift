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
}
