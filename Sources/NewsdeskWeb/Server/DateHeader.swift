import Foundation
import NewsdeskCore

/// The `Date` header's text, made again only when the second changes.
struct DateHeader {
    private var second = -1
    private var text = ""

    mutating func now() -> String {
        let now = Date()
        let current = Int(now.timeIntervalSince1970)
        if current != second {
            second = current
            text = InternetDate.format(now)
        }
        return text
    }
}
