/// The repairs made to one file, bounded: the first ones in full, then one line per kind with a count, so a
/// file with a million bare `&`s gives a short report and memory does not grow with the file.
struct XMLRepairLog {
    /// How many repairs are listed one by one.
    static let listed = 20
    private(set) var entries: [ImportRepair] = []
    private var beyond: [ImportRepair.Kind: ImportRepair] = [:]
    private(set) var count = 0

    mutating func record(_ kind: ImportRepair.Kind, line: Int, column: Int, _ message: @autoclosure () -> String) {
        count += 1
        if entries.count < Self.listed {
            entries.append(ImportRepair(kind: kind, line: line, column: column, message: message()))
        } else if beyond[kind] != nil {
            beyond[kind]?.count += 1
        } else {
            beyond[kind] = ImportRepair(kind: kind, line: line, column: column, message: "", count: 1)
        }
    }

    /// The listed repairs, then a summary for each kind beyond them, the first of them as its place.
    var repairs: [ImportRepair] {
        entries
            + ImportRepair.Kind.allCases.compactMap { kind in
                guard var summary = beyond[kind] else { return nil }
                summary.message = "\(summary.count) more: \(Self.plural(kind)), the first of them here"
                return summary
            }
    }

    private static func plural(_ kind: ImportRepair.Kind) -> String {
        switch kind {
        case .bareAmpersand: "bare & read as &amp;"
        case .htmlEntity: "HTML entities read as their characters"
        case .unknownEntity: "unknown entities read as their text"
        case .undeclaredPrefix: "undeclared prefixes bound to their usual namespaces"
        case .rootNamespace: "root elements read in their format's namespace"
        }
    }
}
