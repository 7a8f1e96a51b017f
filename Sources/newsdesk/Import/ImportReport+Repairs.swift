import NewsdeskImport

extension ImportReport {
    /// "Repaired N places the file got wrong, read as its exporter's importer reads them:" and each repair
    /// (the reader lists the first ones and a count per kind for the rest); nothing for a file without any.
    static func repairLines(_ repairs: [ImportRepair]) -> [String] {
        guard !repairs.isEmpty else { return [] }
        let total = repairs.reduce(0) { $0 + $1.count }
        let places = total == 1 ? "1 place" : "\(total.formatted()) places"
        return ["Repaired \(places) the file got wrong, read as its exporter's own importer reads them:"]
            + repairs.map { "  \($0)" }
    }
}
