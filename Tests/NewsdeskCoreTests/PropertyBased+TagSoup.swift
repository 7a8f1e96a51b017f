import PropertyBased

extension Gen where Value == String {
    /// Random markup: up to 60 pieces, each one of `pieces` or a random ASCII character.
    static func tagSoup(of pieces: [String]) -> Generator<String, some SendableSequenceType> {
        Gen.oneOf(
            Gen<String?>.element(of: pieces).map { $0! },
            Gen<Character>.ascii.map { String($0) }
        )
        .array(of: 0...60)
        .map { $0.joined() }
    }
}
