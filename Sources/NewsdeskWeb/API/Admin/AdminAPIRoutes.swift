import Hummingbird

/// The Admin API under `/api/v1/admin/`: every route behind a bearer token, every error a problem document.
///
/// A group of its own, so that the public Content API's routes under `/api/v1/` and their middleware never
/// apply here, nor these there.
func addAdminAPIRoutes(to router: Router<NewsdeskRequestContext>, site: SiteContext) {
    let admin = router.group("api/v1/admin")
        .add(middleware: APIErrorMiddleware())
        .add(
            middleware: BearerTokenMiddleware(
                tokens: site.store, failures: site.store, trustedProxies: site.configuration.trustedProxies))
    AdminAPIMeController().addRoutes(to: admin)
    AdminAPIPostsController(
        reader: site.reader, store: site.store,
        editing: PostEditing(store: site.store, archiveSaver: site.archiveSaver), markdown: site.markdown
    ).addRoutes(to: admin)
    AdminAPICommentsController(reader: site.reader, moderation: CommentModeration(store: site.store))
        .addRoutes(to: admin)
    AdminAPIMediaController(reader: site.reader, images: ImageUploads(store: site.store)).addRoutes(to: admin)
}
