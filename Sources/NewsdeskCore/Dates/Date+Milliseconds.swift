import Foundation

extension Date {
    /// Milliseconds since 1970, the unit times are stored in (Blogger's comment links use it too).
    /// Saturates rather than traps for a time too far away for 64 bits (no real time is).
    public var millisecondsSince1970: Int64 {
        let milliseconds = (timeIntervalSince1970 * 1000).rounded()
        guard milliseconds.isFinite else { return milliseconds > 0 ? .max : (milliseconds < 0 ? .min : 0) }
        return Int64(exactly: milliseconds) ?? (milliseconds > 0 ? .max : .min)
    }

    /// The date `milliseconds` after 1970.
    public init(millisecondsSince1970 milliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
