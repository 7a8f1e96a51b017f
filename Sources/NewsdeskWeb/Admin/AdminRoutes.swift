import Hummingbird

/// The admin: sign-in and sign-out open to all, everything else behind a session and a CSRF check.
func addAdminRoutes(to router: Router<NewsdeskRequestContext>, site: SiteContext) {
    let (reader, store, theme) = (site.reader, site.store, site.theme)
    LoginController(
        reader: reader, accounts: store, theme: theme, secrets: site.secrets,
        secureCookies: site.configuration.secureCookies, trustedProxies: site.configuration.trustedProxies
    ).addRoutes(to: router)
    let admin = router.group("admin")
        .add(middleware: AdminSessionMiddleware(accounts: store))
        .add(middleware: CSRFMiddleware())
    DashboardController(reader: reader, editorial: store, sources: store, theme: theme).addRoutes(to: admin)
    ModerationController(reader: reader, store: store, theme: theme).addRoutes(to: admin)
    PostListController(reader: reader, editorial: store, theme: theme).addRoutes(to: admin)
    PostEditorController(
        reader: reader, store: store, theme: theme, clipper: site.clipper, pages: site.postPages,
        archiveSaver: site.archiveSaver
    ).addRoutes(to: admin)
    SourceLinksController(reader: reader, store: store, theme: theme).addRoutes(to: admin)
    SettingsController(
        reader: reader, blogs: store, theme: theme, allowPrivateOutgoing: site.configuration.allowPrivateOutgoing
    ).addRoutes(to: admin)
    UsersController(reader: reader, accounts: store, theme: theme).addRoutes(to: admin)
    TokensController(reader: reader, store: store, theme: theme).addRoutes(to: admin)
}
