import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid`, in place of Foundation's `Process`:
/// `Process.run()` crashed the test process once (a bad pointer in its copying, with many tests starting
/// servers at the same time), and a script that starts a daemon (pg_ctl's PostgreSQL) was left a zombie that
/// `Process.waitUntilExit()` never saw end.
final class SpawnedProcess: Sendable {
    /// The child's process id.
    let processIdentifier: pid_t
    /// The raw wait status, once the child has been reaped.
    private let status = Mutex<Int32?>(nil)

    /// Starts `executable` with `arguments` and exactly `environment`; standard input is /dev/null, standard
    /// output and error are appended to `outputPath` (or discarded).
    init(_ executable: String, _ arguments: [String], environment: [String: String], outputPath: String?) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0)=\($1)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw TestHelperError(message: "could not start \(executable): \(String(cString: strerror(spawned)))")
        }
        processIdentifier = pid
    }

    /// Whether the child has not ended yet (it is reaped if it has).
    var isRunning: Bool {
        reap() == nil
    }

    /// The exit status, or the number of the signal that ended it, as Foundation's `Process` says; waits for
    /// the end.
    var terminationStatus: Int32 {
        let raw = waitUntilExit()
        return (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : raw & 0x7f
    }

    /// The exit status as a shell reports it: the status, or 128 plus the signal's number.
    var shellStatus: Int32 {
        let raw = waitUntilExit()
        return (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
    }

    /// Sends SIGTERM.
    func terminate() {
        kill(processIdentifier, SIGTERM)
    }

    /// Waits until the child has ended; its raw wait status.
    ///
    /// The wait itself holds no lock (`WNOWAIT` leaves the child to be reaped after), so `isRunning` asked
    /// from elsewhere meanwhile answers at once.
    @discardableResult
    func waitUntilExit() -> Int32 {
        if let raw = reap() { return raw }
        var info = siginfo_t()
        while waitid(P_PID, id_t(processIdentifier), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
        return reap() ?? 0
    }

    /// The raw wait status if the child has ended, reaping it the first time; nil while it runs.
    private func reap() -> Int32? {
        status.withLock { known in
            if let known { return known }
            var raw: Int32 = 0
            while true {
                let result = waitpid(processIdentifier, &raw, WNOHANG)
                if result == processIdentifier {
                    known = raw
                    return raw
                }
                if result == -1 && errno == EINTR { continue }
                return nil
            }
        }
    }
}
