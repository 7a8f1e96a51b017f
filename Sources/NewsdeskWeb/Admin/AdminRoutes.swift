import Hummingbird

/// The admin: sign-in and sign-out open to all, everything else behind a session and a CSRF check.
func addAdminRoutes(to router: Router<NewsdeskRequestContext>, site: SiteContext) {
    LoginController(site: site).addRoutes(to: router)
    let admin = router.group("admin")
        .add(middleware: AdminSessionMiddleware(site: site))
        .add(middleware: CSRFMiddleware())
    DashboardController(site: site).addRoutes(to: admin)
    ModerationController(site: site).addRoutes(to: admin)
    PostListController(site: site).addRoutes(to: admin)
    PostEditorController(site: site).addRoutes(to: admin)
    SettingsController(site: site).addRoutes(to: admin)
    UsersController(site: site).addRoutes(to: admin)
}
