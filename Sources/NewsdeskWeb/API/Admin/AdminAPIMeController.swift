import Hummingbird
import NewsdeskCore

/// `GET /api/v1/admin/me`: who a token acts as and what it may do, so that an app can check its token and
/// show whose blog it posts to.
struct AdminAPIMeController: Sendable {
    func addRoutes(to group: RouterGroup<NewsdeskRequestContext>) {
        group.get("me") { _, context in
            let caller = try context.apiCaller(requiring: .read)
            return try APIJSON.response(Me(caller))
        }
    }

    /// The answer: `{"user": {"id", "email", "displayName", "role"}, "token": {"id", "name", "scope"}}`.
    struct Me: Codable, Equatable {
        struct UserPart: Codable, Equatable {
            let id: Int64
            let email: String
            let displayName: String
            let role: UserRole
        }

        struct TokenPart: Codable, Equatable {
            let id: Int64
            let name: String
            let scope: APIScope
        }

        let user: UserPart
        let token: TokenPart

        init(_ caller: APICaller) {
            user = UserPart(
                id: caller.user.id ?? caller.token.userID, email: caller.user.email,
                displayName: caller.user.displayName, role: caller.user.role)
            token = TokenPart(id: caller.token.id, name: caller.token.name, scope: caller.token.scope)
        }
    }
}
