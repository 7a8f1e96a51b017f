import Dispatch
import NIOPosix
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A thread's scheduling priority. On Linux each thread has a nice value of its own, and `setpriority` for "process
/// 0" reads and changes the calling thread's; raising it needs no privilege. Elsewhere these do nothing.
enum ThreadPriority {
    /// Sets the calling thread's nice value to the process's (its main thread's) plus `amount`, at most 19; false
    /// if that failed. A thread already at that value or lower priority is left as it is.
    static func lowerCurrentThread(by amount: Int) -> Bool {
        #if os(Linux)
            let target = Int32(min(processNiceness() + amount, 19))
            errno = 0
            let current = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
            guard errno == 0 else { return false }
            guard current < target else { return true }
            return setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, target) == 0
        #else
            return false
        #endif
    }

    /// The process's nice value: its main thread's, whose id is the process's.
    static func processNiceness() -> Int {
        #if os(Linux)
            Int(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), id_t(getpid())))
        #else
            0
        #endif
    }

    /// The calling thread's nice value (0 where threads have none of their own).
    static func currentThreadNiceness() -> Int {
        #if os(Linux)
            Int(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0))
        #else
            0
        #endif
    }

    /// Lowers each of the `count` threads of `pool` by `amount`; returns how many it lowered. Each thread takes
    /// one job that lowers it and then waits until all `count` jobs have started, so no thread takes two.
    static func lowerEveryThread(of pool: NIOThreadPool, count: Int, by amount: Int) -> Int {
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let lowered = Mutex(0)
        for _ in 0..<count {
            pool.submit { _ in
                if lowerCurrentThread(by: amount) { lowered.withLock { $0 += 1 } }
                started.signal()
                // Bounded: a thread that never started its job must not hold the others for ever.
                _ = release.wait(timeout: .now() + .seconds(5))
            }
        }
        for _ in 0..<count { _ = started.wait(timeout: .now() + .seconds(5)) }
        for _ in 0..<count { release.signal() }
        return lowered.withLock { $0 }
    }
}
