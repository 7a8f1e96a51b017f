extension PostSanitizer {
    /// Which URLs a post's links, images and embedded players may have. URLs are judged in the form the
    /// comment sanitiser's link check gives them: the form a browser reads, which is also the form written.
    enum URLRules {
        /// The schemes of links: the comment allow-list's.
        static let linkSchemes = LinkRules.allowedSchemes
        /// The schemes of images: a `mailto:` image means nothing.
        static let imageSchemes: Set<String> = ["http", "https"]

        /// `value` (decoded, with what a URL may not hold escaped) as written, when it is relative or of one
        /// of `schemes`; nil otherwise.
        static func allowed(_ value: String, schemes: Set<String>) -> String? {
            let url = LinkRules.browserForm(of: Array(value.utf8))
            if let scheme = LinkRules.scheme(of: url[...]), !schemes.contains(scheme) { return nil }
            return String(decoding: escaped(url), as: UTF8.self)
        }

        /// `value` (decoded) as written, when it is an `https://` URL whose host is one of `hosts`, without
        /// user, password or port; nil otherwise.
        static func allowedEmbed(_ value: String, hosts: Set<String>) -> String? {
            guard let url = allowed(value, schemes: ["https"]) else { return nil }
            let bytes = Array(url.utf8)
            guard bytes.count > httpsPrefix.count,
                bytes[..<httpsPrefix.count].map({ $0 | 0x20 }).elementsEqual(httpsPrefix)
            else { return nil }
            // The host ends where a browser ends it for https: at `/`, `?`, `#` or `\`. Anything else in the
            // authority (`@`, `:`) leaves the name unlike every allowed host, so it is refused.
            let authority = bytes[httpsPrefix.count...].prefix { !"/?#\\".utf8.contains($0) }
            return hosts.contains(String(decoding: authority, as: UTF8.self).lowercased()) ? url : nil
        }

        /// `https://`; `|0x20` leaves `:` and `/` as they are, so the comparison folds only the letters.
        private static let httpsPrefix = Array("https://".utf8)
    }
}
