/// A command that could not do its work: the message is printed as `Error: …` and the exit status is 1.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
