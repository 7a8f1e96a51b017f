import ArgumentParser

/// `--allow-private-outgoing`, which `serve` and `sources check` share, so one setting (or
/// `NEWSDESK_ALLOW_PRIVATE_OUTGOING`) lets every outgoing request reach private addresses, or none.
struct PrivateOutgoingOption: ParsableArguments {
    @Flag(
        name: [.customLong("allow-private-outgoing"), .customLong("clip-private-addresses")],
        help: ArgumentHelp(
            "Let outgoing requests (the editor's Fetch, the comment webhook, the source checker) reach private, loopback and link-local addresses.",
            discussion: """
                Off by default ($NEWSDESK_ALLOW_PRIVATE_OUTGOING=1 turns it on), so that none can be used to \
                reach the server's own network. --clip-private-addresses is the old name.
                """))
    var allowPrivateOutgoing = false

    /// Whether outgoing requests may reach private addresses: the flag, else the environment.
    func allowsPrivateOutgoing() throws -> Bool {
        try allowPrivateOutgoing || EnvironmentSettings().isOn("NEWSDESK_ALLOW_PRIVATE_OUTGOING") == true
    }
}
