import NewsdeskCore

extension SourceProber {
    /// The result for `url` from `response`, after the `earlier` redirects of a previous request.
    static func result(
        _ url: String, _ response: OutgoingResponse, before earlier: [HTTPRedirect] = [], title: String? = nil
    ) -> SourceProbeResult {
        SourceProbeResult(
            url: url, redirects: earlier + response.redirects, finalStatus: response.status,
            finalURL: response.url.absoluteString,
            title: title)
    }

    /// The result for `url` when no answer came, `error` saying why.
    static func failed(_ url: String, _ error: ClipFetchError) -> SourceProbeResult {
        if case .httpStatus(let status) = error { return SourceProbeResult(url: url, finalStatus: status) }
        return SourceProbeResult(url: url, failure: failure(for: error))
    }

    /// Why nothing answered, as the verdict rules count it.
    static func failure(for error: ClipFetchError) -> SourceProbeResult.Failure {
        switch error {
        case .unknownHost: .nameNotFound
        case .refusedAddress: .refused
        case .tooManyRedirects: .redirectLoop
        case .timeout: .timeout
        // The rest cannot come from a probe's requests but an address that is not one: it leads nowhere.
        case .unreachable, .invalidURL, .unsupportedScheme, .httpStatus, .notHTML, .tooLarge: .unreachable
        }
    }
}
