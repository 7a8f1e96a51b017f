import SQLKit

extension SQLQueryString {
    /// Appends `LIMIT limit OFFSET offset`, both written as numbers (negatives read as 0).
    ///
    /// Not bound: SQLite plans a statement around its LIMIT's value, so binding one to a statement just prepared
    /// expires it and the first step compiles it a second time (`sqlite3Reprepare`, 2% of all CPU in
    /// bench/search). Integers cannot carry SQL, so writing them out is as safe as binding them.
    mutating func appendInterpolation(limit: Int, offset: Int = 0) {
        appendInterpolation(unsafeRaw: "LIMIT \(max(0, limit)) OFFSET \(max(0, offset))")
    }
}
