import AsyncHTTPClient
import Foundation
import NewsdeskClipper
import NewsdeskCore
import NewsdeskMarkdown

/// The parts a site is assembled from. Only ``buildRouter(site:logger:)`` reads it: each controller and
/// middleware is built with the parts it uses, so its fields say what it touches.
struct SiteContext: Sendable {
    let store: any NewsdeskStorage
    let theme: Theme
    let cache: PageCache
    let secrets: SiteSecrets
    let notifier: CommentNotifier
    let reader: SiteReader
    let configuration: AppConfiguration
    /// Renders Markdown posts and cleans every post's HTML.
    let markdown = MarkdownRenderer.forPosts
    /// Fetches stories for the post editor's clippings.
    let clipper: ClipFetcher

    init(store: any NewsdeskStorage, theme: Theme, cache: PageCache, configuration: AppConfiguration) {
        self.store = store
        self.theme = theme
        self.cache = cache
        self.secrets = SiteSecrets(store: store)
        self.notifier = CommentNotifier(
            logger: configuration.logger, allowPrivateAddresses: configuration.allowPrivateOutgoing)
        self.reader = SiteReader(store: store, theme: theme, cache: cache, configuration: configuration)
        self.configuration = configuration
        self.clipper = ClipFetcher(
            httpClient: .shared, policy: OutgoingPolicy(allowPrivateAddresses: configuration.allowPrivateOutgoing))
    }

    /// Asks the web archive to save a published post's source, through the guarded client Fetch uses.
    var archiveSaver: SourceArchiveSaver {
        SourceArchiveSaver(
            client: GuardedHTTPClient(httpClient: .shared, policy: clipper.policy), records: store,
            logger: configuration.logger)
    }

    /// Renders post pages for readers, for refused comments and for the editor's preview.
    var postPages: PostPageRenderer {
        PostPageRenderer(reader: reader, comments: store, theme: theme, markdown: markdown, secrets: secrets)
    }
}
