/// Comparing secrets without telling, by the time taken, how much of a guess was right.
enum ConstantTime {
    /// Whether the two texts are equal; every byte is compared whatever the first difference.
    static func equal(_ given: String, _ expected: String) -> Bool {
        let (left, right) = (Array(given.utf8), Array(expected.utf8))
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
