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

    /// A sanitising path over the fuzzer's bytes as text: `render`'s output has nothing live in it, and
    /// `sanitize` (the sanitiser at its end) leaves that output as it is.
    public static func requireSafeFixedPoint(
        _ input: FuzzInput, render: (String) -> String, sanitize: (String) -> String
    ) {
        let text = input.text
        let output = render(text)
        let findings = LiveMarkup.findings(in: output)
        require(findings.isEmpty, "live markup \(findings) in the output of \(text.debugDescription)")
        let twice = sanitize(output)
        require(
            twice == output,
            "not a fixed point: \(text.debugDescription) → \(output.debugDescription) → \(twice.debugDescription)")
    }
}
