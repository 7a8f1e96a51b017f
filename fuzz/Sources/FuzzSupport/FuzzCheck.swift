import NewsdeskCore

/// What a fuzz target demands of the code it drives. A broken invariant stops the process with the input's
/// description, which libFuzzer records as a crash and keeps the input of.
public enum FuzzCheck {
    /// Stops the run when `condition` does not hold.
    public static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
        file: StaticString = #fileID, line: UInt = #line
    ) {
        guard condition() else { fatalError("invariant broken: \(message())", file: file, line: line) }
    }

    /// Sanitiser output: nothing live in it, and sanitising it again changes nothing.
    public static func requireSafeFixedPoint(_ output: String, again: (String) -> String, input: String) {
        let findings = LiveMarkup.findings(in: output)
        require(findings.isEmpty, "live markup \(findings) in the output of \(input.debugDescription)")
        let twice = again(output)
        require(
            twice == output,
            "not a fixed point: \(input.debugDescription) → \(output.debugDescription) → \(twice.debugDescription)")
    }
}
