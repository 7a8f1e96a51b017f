import Foundation
import Hummingbird
import NewsdeskCore

/// Signing in and out at `/admin/login` and `/admin/logout`.
struct LoginController: Sendable {
    let reader: SiteReader
    let accounts: any AccountStore
    let theme: Theme
    let secrets: SiteSecrets
    let secureCookies: Bool
    let trustedProxies: TrustedProxies
    let throttle = LoginThrottle()

    func addRoutes(to router: Router<NewsdeskRequestContext>) {
        router.get("admin/login") { request, _ in
            try await self.page(next: request.uri.queryParameters["next"].map(String.init), email: "", error: nil)
        }
        router.post("admin/login") { request, context in try await self.signIn(request, context: context) }
        router.post("admin/logout") { request, _ in try await self.signOut(request) }
    }

    func signIn(_ request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let form = try await SubmittedForm.read(request, context: context, limit: 16 * 1024)
        let sent = form["email"] ?? ""
        let typed = TextInput.displayable(sent)
        guard try await LoginFormToken(signer: secrets.messageSigner()).isValid(form["token"]) else {
            return try await page(
                next: form["next"], email: typed, error: "The sign-in form expired. Please try again.",
                status: .forbidden)
        }
        // A control character (NUL) cannot be in any stored address or password: such a sign-in fails like a
        // wrong password, counted against the lockout, and the address is kept in a form the database can hold.
        let email = EmailAddress.normalized(typed) ?? typed.lowercased()
        let password = form["password"] ?? ""
        let hasControlCharacter = TextInput.hasControlCharacter(sent) || TextInput.hasControlCharacter(password)
        let address = context.clientAddress(of: request, trustedProxies: trustedProxies)
        let now = Date()
        let failures = try await accounts.loginFailures(
            email: email, address: address, since: throttle.windowStart(at: now))
        if let until = throttle.lockedUntil(failures: failures, at: now) {
            let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
            var response = try await page(
                next: form["next"], email: typed,
                error: "Too many failed sign-ins for this account from your address. "
                    + "Try again in \(minutes) minute\(minutes == 1 ? "" : "s").",
                status: .tooManyRequests)
            response.headers[.retryAfter] = String(Int(until.timeIntervalSince(now).rounded(.up)))
            return response
        }
        let credentials = try await accounts.userCredentials(email: email)
        let matches = try await PasswordHashing.verify(
            password, hash: credentials?.passwordHash ?? PasswordHashing.decoyHash)
        guard let (user, _) = credentials, matches, !hasControlCharacter, let userID = user.id else {
            try await accounts.recordLoginFailure(
                email: email, address: address, at: now, forgetBefore: throttle.windowStart(at: now))
            return try await page(
                next: form["next"], email: typed, error: "That e-mail address and password do not match.",
                status: .unauthorized)
        }
        try await accounts.clearLoginFailures(email: email, address: address)
        let token = SessionToken.random()
        try await accounts.createSession(
            AdminSession(
                tokenHash: SessionToken.hash(token), userID: userID, csrfToken: SessionToken.random(), createdAt: now,
                expiresAt: now.addingTimeInterval(SessionToken.lifetime)))
        var response = Response(status: .seeOther, headers: [.location: Self.safeNext(form["next"])])
        response.setCookie(SessionToken.cookie(token, secure: secureCookies))
        return response
    }

    func signOut(_ request: Request) async throws -> Response {
        // Signing out needs no CSRF check beyond SameSite: the worst a forged one does is sign someone out.
        if let token = request.cookies[SessionToken.cookieName]?.value, !token.isEmpty {
            try await accounts.deleteSession(tokenHash: SessionToken.hash(token))
        }
        var response = Response(status: .seeOther, headers: [.location: "/admin/login?signedOut=1"])
        response.setCookie(SessionToken.expiredCookie(secure: secureCookies))
        return response
    }

    /// Where to go after signing in: only an admin address, never another site (`//evil.example`).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/admin"), !next.hasPrefix("//"), !next.contains("\\"),
            !next.hasPrefix("/admin/login")
        else { return "/admin" }
        return next
    }

    func page(next: String?, email: String, error: String?, status: HTTPResponse.Status = .ok) async throws
        -> Response
    {
        let blog = try await reader.blog()
        let view = LoginPageView(
            blogTitle: blog.title, email: email, next: Self.safeNext(next), error: error,
            token: LoginFormToken(signer: try await secrets.messageSigner()).issue())
        return AdminPage.response(try theme.renderAdmin(view, template: "login"), status: status)
    }
}

/// What the sign-in page shows.
struct LoginPageView: Sendable {
    let blogTitle: String
    let email: String
    let next: String
    let error: String?
    let token: String
}
