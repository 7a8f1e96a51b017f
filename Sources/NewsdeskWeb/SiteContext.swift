import Foundation
import NewsdeskCore

/// What every handler needs: the store, the theme, the page cache and the public origin.
struct SiteContext: Sendable {
    let store: any NewsdeskStorage
    let theme: Theme
    let cache: PageCache
    let configuration: AppConfiguration

    /// The origin canonical links start with.
    func baseURL(for blog: Blog) -> String {
        let base =
            configuration.baseURL
            ?? (blog.baseURL.isEmpty ? "http://\(configuration.host):\(configuration.port)" : blog.baseURL)
        return base.hasSuffix("/") ? String(base.dropLast()) : base
    }
}
