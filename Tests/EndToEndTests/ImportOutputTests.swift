import Foundation
import NewsdeskTestSupport
import Testing

@Suite("newsdesk import's output to a pipe: the report, its repairs, no progress lines", .serialized)
final class ImportOutputTests: Sendable {
    let directory: URL

    init() throws {
        directory = try ServerProcess.scratchDirectory("newsdesk-out")
    }

    deinit { ServerProcess.removeScratchDirectory(directory) }

    /// Runs the binary with standard output and standard error on two pipes, waited for on a thread of its own
    /// (a blocked cooperative thread stalls the other tests).
    static func run(_ arguments: [String]) async throws -> (status: Int32, output: String, errors: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try runBlocking(arguments) }) }
        }
    }

    private static func runBlocking(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = ServerProcess.binary
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Small outputs: reading one pipe to its end cannot block the other.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test("standard error to a pipe gets nothing; the report lists the repair with its line and column")
    func pipedImport() async throws {
        let text = try Fixtures.text("wordpress/wordpress-importer_small-export.xml")
        let raw = text.replacingOccurrences(
            of: "<link>http://localhost/?p=1</link>", with: "<link>http://localhost/?p=1&h=2</link>")
        #expect(raw != text)
        let file = directory.appendingPathComponent("export.xml")
        try Data(raw.utf8).write(to: file)
        let result = try await Self.run([
            "import", "wordpress", file.path, "--database", directory.appendingPathComponent("a.sqlite").path,
        ])
        #expect(result.status == 0, "\(result.output)\(result.errors)")
        // The store's log (migrations) goes there too; progress lines do not.
        #expect(!result.errors.contains("Reading") && !result.errors.contains("Storing"), "\(result.errors)")
        #expect(result.output.contains("Imported export.xml (WordPress)"))
        #expect(result.output.contains("Repaired 1 place the file got wrong"))
        #expect(result.output.contains("  line 80, column 30: a bare & was read as &amp;"), "\(result.output)")
    }

    @Test("a folder is named as one, not dumped as a system error; nothing is imported")
    func folder() async throws {
        let result = try await Self.run([
            "import", "blogger", directory.path, "--database", directory.appendingPathComponent("b.sqlite").path,
        ])
        #expect(result.status != 0)
        #expect(result.errors.contains("is a folder, not an export file"), "\(result.errors)")
        #expect(!result.errors.contains("NSCocoaErrorDomain"))
    }
}
