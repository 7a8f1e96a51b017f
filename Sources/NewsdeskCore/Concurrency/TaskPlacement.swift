/// Where the tasks that a server starts by itself run.
///
/// A task started with `Task { }` keeps its creator's task-local values but not its task executor preference,
/// so work handed to such a task (a page rendered in the background, a database call under a time limit) would
/// leave the server's worker threads for Swift's global pool. Starting it with
/// `Task(executorPreference: TaskPlacement.preferred)` keeps it where its creator ran.
public enum TaskPlacement {
    /// The executor a task started by the server should prefer; nil, the default, is Swift's global pool.
    @TaskLocal public static var preferred: (any TaskExecutor)?
}
