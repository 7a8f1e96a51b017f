import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program run to its end, its output read, waited for on a plain thread: blocking one of the two cooperative
/// threads of a 2-core machine starved other tests' tasks for 30 s on CI.
///
/// It is spawned and reaped here with `posix_spawn` and `waitpid`, not Foundation's `Process`: a script that
/// starts a daemon (pg_ctl's PostgreSQL) was left a zombie that `Process.waitUntilExit()` never saw end.
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
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable.path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw TestHelperError(message: "could not start \(executable.path): \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let data = (try? Data(contentsOf: outputFile)) ?? Data()
        return (exitStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A test helper's failure, as a sentence.
struct TestHelperError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
