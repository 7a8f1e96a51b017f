import Hummingbird
import NewsdeskCore

/// What every signed-in admin page shows around its content: the blog, who is signed in, the menu, and the
/// CSRF token its forms carry.
struct AdminChrome: Sendable {
    let blogTitle: String
    let pageTitle: String
    let userName: String
    let isAdmin: Bool
    let csrf: String
    /// A one-line message after an action ("3 comments approved.").
    let notice: String?
    let menu: [AdminLink]

    init(blog: Blog, title: String, editor: SignedInEditor, section: String, notice: String? = nil) {
        blogTitle = blog.title
        pageTitle = title
        userName = editor.user.displayName
        isAdmin = editor.user.role == .admin
        csrf = editor.session.csrfToken
        self.notice = notice
        var items = [
            ("Dashboard", "/admin"), ("Posts", "/admin/posts"), ("New post", "/admin/posts/new"),
            ("Comments", "/admin/comments"), ("Sources", "/admin/sources"),
        ]
        if editor.user.role == .admin {
            items += [("Users", "/admin/users"), ("API tokens", "/admin/tokens"), ("Settings", "/admin/settings")]
        }
        menu = items.map { title, href in
            AdminLink(title: title, href: href, current: href == section)
        }
    }
}

/// Admin responses.
enum AdminPage {
    /// An HTML page that no cache keeps. A refused form shows what was typed; a control character in it (a
    /// NUL) is shown as U+FFFD, as browsers do, never sent raw.
    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: TextInput.displayable(html))))
    }

    /// After an action: back to `location` (a path of ours), with a notice to show there.
    static func redirect(to location: String, notice: String? = nil) -> Response {
        var target = location
        if let notice {
            target += (location.contains("?") ? "&" : "?") + "notice=" + PathSegment.encoded(notice)
        }
        return Response(status: .seeOther, headers: [.location: target, .cacheControl: "no-store"])
    }

    /// The signed-in editor; the session middleware guarantees one on every admin route.
    static func editor(_ context: NewsdeskRequestContext) throws -> SignedInEditor {
        guard let editor = context.signedIn else {
            throw HTTPError(.unauthorized, message: "Please sign in to the admin first.")
        }
        return editor
    }

    /// The signed-in admin; authors may not change the blog's settings or its users.
    static func admin(_ context: NewsdeskRequestContext) throws -> SignedInEditor {
        let editor = try editor(context)
        guard editor.user.role == .admin else {
            throw HTTPError(.forbidden, message: "Only the blog's admins can change its settings and users.")
        }
        return editor
    }
}
