import ArgumentParser
import Foundation
import NewsdeskWeb

/// `serve`'s options for what comes in and goes out over the network: trusted proxies, connection limits,
/// private outgoing addresses. Each is a flag, else its environment variable, else the default.
struct ServeNetworkOptions: ParsableArguments {
    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp(
            "A proxy (address or CIDR block) whose X-Forwarded-For names the client; repeatable.",
            discussion: """
                The client is the rightmost X-Forwarded-For entry that is not a trusted proxy; the header is \
                ignored on connections from anywhere else. Default: $NEWSDESK_TRUSTED_PROXIES (comma-separated), \
                else none.
                """,
            valueName: "address-or-cidr"))
    var trustedProxy: [String] = []

    @Flag(help: .hidden)
    var trustForwardedFor = false

    @Option(help: "Seconds a request's head may take to arrive (default $NEWSDESK_HEADER_TIMEOUT, else 10).")
    var headerTimeout: Double?

    @Option(help: "Seconds a request's body may take to arrive (default $NEWSDESK_BODY_TIMEOUT, else 60).")
    var bodyTimeout: Double?

    @Option(help: "Seconds an idle kept-alive connection stays open (default $NEWSDESK_IDLE_TIMEOUT, else 60).")
    var idleTimeout: Double?

    @Option(
        help: ArgumentHelp(
            "The most connections open at once (default $NEWSDESK_MAX_CONNECTIONS).",
            discussion: "Else seven eighths of the open-file limit, which the server raises to its hard limit."))
    var maxConnections: Int?

    @OptionGroup var outgoing: PrivateOutgoingOption

    private var environment: EnvironmentSettings { EnvironmentSettings() }

    func validate() throws {
        if trustForwardedFor {
            throw ValidationError(
                "--trust-forwarded-for is gone: name the proxy in front of the server with --trusted-proxy ADDRESS.")
        }
        do {
            _ = try trustedProxies()
        } catch {
            throw ValidationError(error.description)
        }
        _ = try connectionLimits()
        _ = try allowsPrivateOutgoing()
    }

    /// The trusted proxies from the flags, else the environment.
    func trustedProxies() throws(TrustedProxyError) -> TrustedProxies {
        let values =
            trustedProxy.isEmpty
            ? (environment.text("NEWSDESK_TRUSTED_PROXIES") ?? "").split(separator: ",").map(String.init)
                .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            : trustedProxy
        return try TrustedProxies(parsing: values)
    }

    /// The connection limits from the flags, else the environment, else the defaults.
    func connectionLimits() throws -> ConnectionLimits {
        var limits = ConnectionLimits()
        limits.headerTimeout =
            try seconds(headerTimeout, "NEWSDESK_HEADER_TIMEOUT", "--header-timeout") ?? limits.headerTimeout
        limits.bodyTimeout = try seconds(bodyTimeout, "NEWSDESK_BODY_TIMEOUT", "--body-timeout") ?? limits.bodyTimeout
        limits.idleTimeout = try seconds(idleTimeout, "NEWSDESK_IDLE_TIMEOUT", "--idle-timeout") ?? limits.idleTimeout
        if let maxConnections {
            guard (1...1_000_000).contains(maxConnections) else {
                throw ValidationError("--max-connections must be between 1 and 1000000.")
            }
            limits.maxConnections = maxConnections
        } else if let connections = try environment.number("NEWSDESK_MAX_CONNECTIONS", in: 1...1_000_000) {
            limits.maxConnections = connections
        }
        return limits
    }

    /// Whether outgoing requests may reach private addresses: the flag, else the environment.
    func allowsPrivateOutgoing() throws -> Bool {
        try outgoing.allowsPrivateOutgoing()
    }

    private func seconds(_ flag: Double?, _ variable: String, _ name: String) throws -> Duration? {
        guard let value = try flag ?? environment.seconds(variable) else { return nil }
        guard value.isFinite, value > 0, value <= 86_400 else {
            throw ValidationError("\(name) must be a number of seconds between 0 and 86400.")
        }
        return .milliseconds(Int64((value * 1000).rounded(.up)))
    }
}
