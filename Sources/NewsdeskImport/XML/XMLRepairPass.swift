import Foundation

/// Runs the repair pass over a whole file or `Data`: first a scan, which finds the repairs (and decides what
/// the root element must declare), then, only if it found any, the rewrite into memory or a temporary file.
/// Both read in chunks, so memory stays flat for a file. The input is UTF-8 (``ExportDecoding`` put it so).
enum XMLRepairPass {
    /// What a scan found.
    struct Scan {
        var repairs: [ImportRepair]
        var count: Int
        var rootInsertion: [UInt8]
    }

    /// How much of a file is read at a time (more than `XMLRepairer.lookahead`; tests use small ones).
    static let chunkSize = 1 << 20

    /// The repairs `data` needs.
    static func scan(_ data: Data, as format: ImportSource) -> Scan {
        var repairer = XMLRepairer(vocabulary: .of(format), rootInsertion: nil)
        _ = data.withUnsafeBytes { repairer.process($0, isFinal: true) }
        return Scan(repairs: repairer.log.repairs, count: repairer.log.count, rootInsertion: repairer.plannedInsertion)
    }

    /// `data` mended as `scan` decided.
    static func rewrite(_ data: Data, as format: ImportSource, _ scan: Scan) -> Data {
        var repairer = XMLRepairer(vocabulary: .of(format), rootInsertion: scan.rootInsertion)
        repairer.output.reserveCapacity(data.count + 4096)
        _ = data.withUnsafeBytes { repairer.process($0, isFinal: true) }
        return Data(repairer.output)
    }

    /// The repairs the file at `url` needs.
    static func scan(contentsOf url: URL, as format: ImportSource, chunkSize: Int = chunkSize) throws -> Scan {
        var repairer = XMLRepairer(vocabulary: .of(format), rootInsertion: nil)
        let file = try FileHandle(forReadingFrom: url)
        defer { try? file.close() }
        try run(&repairer, reading: file, chunkSize: chunkSize) { _ in }
        return Scan(repairs: repairer.log.repairs, count: repairer.log.count, rootInsertion: repairer.plannedInsertion)
    }

    /// The file at `url` mended as `scan` decided, in a new temporary file the caller removes.
    static func rewrite(
        contentsOf url: URL, as format: ImportSource, _ scan: Scan, chunkSize: Int = chunkSize
    ) throws -> URL {
        let repaired = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsdesk-repaired-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: repaired.path, contents: nil) else {
            throw XMLPosition.start.error("cannot write a repaired copy of the file in the temporary folder")
        }
        do {
            let input = try FileHandle(forReadingFrom: url)
            defer { try? input.close() }
            let output = try FileHandle(forWritingTo: repaired)
            defer { try? output.close() }
            var repairer = XMLRepairer(vocabulary: .of(format), rootInsertion: scan.rootInsertion)
            try run(&repairer, reading: input, chunkSize: chunkSize) { bytes in try output.write(contentsOf: bytes) }
        } catch {
            try? FileManager.default.removeItem(at: repaired)
            throw error
        }
        return repaired
    }

    /// Feeds the file to `repairer` chunk by chunk, handing each chunk's output to `write`.
    private static func run(
        _ repairer: inout XMLRepairer, reading file: FileHandle, chunkSize: Int, write: ([UInt8]) throws -> Void
    ) throws {
        var pending: [UInt8] = []
        while true {
            let chunk = try file.read(upToCount: chunkSize) ?? Data()
            pending.append(contentsOf: chunk)
            let isFinal = chunk.isEmpty
            let consumed = pending.withUnsafeBytes { repairer.process($0, isFinal: isFinal) }
            pending.removeFirst(consumed)
            if !repairer.output.isEmpty {
                try write(repairer.output)
                repairer.output.removeAll(keepingCapacity: true)
            }
            if isFinal { return }
        }
    }
}
