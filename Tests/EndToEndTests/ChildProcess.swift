import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program run to its end, its output read, waited for on a plain thread: blocking one of the two cooperative
/// threads of a 2-core machine starved other tests' tasks for 30 s on CI.
enum ChildProcess {
    /// Runs `executable` with `arguments` (and `environment` added to this process's): its exit status and
    /// everything it wrote to standard output and standard error.
    static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) async throws -> (
        status: Int32, output: String
    ) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try runBlocking(executable, arguments, environment: environment) })
            }
        }
    }

    private static func runBlocking(_ executable: URL, _ arguments: [String], environment: [String: String]) throws
        -> (status: Int32, output: String)
    {
        // Output goes to a file, not a pipe: a daemon the program starts can inherit a pipe and hold it open.
        let outputFile = FileManager.default.temporaryDirectory.appending(path: "child-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let child = try SpawnedProcess(
            executable.path, arguments, environment: ProcessInfo.processInfo.environment.merging(environment) { $1 },
            outputPath: outputFile.path)
        let exitStatus = child.shellStatus
        let data = (try? Data(contentsOf: outputFile)) ?? Data()
        return (exitStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A test helper's failure, as a sentence.
struct TestHelperError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
