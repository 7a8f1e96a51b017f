import Foundation

/// The reference page as structured data: *War News Updates*, January 17, 2011, the blog page Newsdesk was
/// first built to serve (`Tests/Fixtures/README.md` lists where it comes from).
///
/// `newsdesk serve --demo` loads it into an empty database; tests use it as the known-good post.
public enum ReferenceBlog {
    /// The blog's settings.
    public static let blog = Blog(
        title: "War News Updates",
        description: "News and commentary on the wars and conflicts of the world.",
        editorName: "War News Updates Editor",
        timeZoneIdentifier: "America/New_York",
        commentaryHeading: "My Comment:",
        postsPerPage: 7
    )

    /// The post's publication time: Monday, January 17, 2011, 9:05 AM in New York.
    public static let publishedAt = Date(timeIntervalSince1970: 1_295_273_100)

    /// The post, ready to store (no id, slug or path yet).
    public static var post: Post {
        Post(
            title: "Is The Chinese Military Interested In Better Relations With The U.S.?",
            status: .published,
            publishedAt: publishedAt,
            updatedAt: publishedAt,
            labels: ["China", "Defense Secretary Gates", "U.S. Military"],
            image: PostImage(
                url: "/static/demo/gates-liang-beijing.svg",
                caption: "U.S. Defense Secretary Robert M. Gates and Chinese Defense Minister Liang Guanglie pay "
                    + "their respects as each other's national anthem is played by the People's LIberation Army at "
                    + "the ministry of Defense in Beijing, Jan. 10, 2011. Gates met with Chinese Defense Minister "
                    + "Liang Guanglie and his staff at the ministry and held a press conference. DOD photo by U.S. "
                    + "Air Force Master Sgt. Jerry Morrison",
                altText: "Robert M. Gates and Liang Guanglie standing for the national anthems in Beijing"
            ),
            clipping: Clipping(
                sourceURL:
                    "https://www.stripes.com/news/pacific/does-china-s-military-want-better-relations-with-the-u-s-1.131912",
                headline: "Does China's Military Want Better Relations With The U.S.?",
                outlet: "Stars And Stripes",
                excerptParagraphs: [
                    "TOKYO — Defense Secretary Robert Gates’ talks with Chinese leaders last week rebooted the two "
                        + "nations’ defense relationship, but whether that dialogue will produce substantive security "
                        + "improvements in one of the world’s most tense regions remains to be seen.",
                    "Although Gates told reporters his talks were productive, U.S. military officials say the history "
                        + "of the military-to-military relationship with China has been marked by a lack of "
                        + "give-and-take when it comes to sharing information.",
                ]
            ),
            commentary: "One will have to say no .... it appears that China has very little interest (or "
                + "motivation) to develop closer ties with the U.S. military. But this has always been the case "
                + "with China. They have always run an independent foreign/military policy, and I do not see them "
                + "changing a policy that they perceive has been very good to them. I will still the expect the U.S. "
                + "to continue trying to establish some form of framework for both sides to operate in .... but for "
                + "the moment .... the Chinese defense establishment have very little interest in pursuing such a "
                + "relationship .... and they are making that sentiment very clear for all to see.",
            author: Author(displayName: "War News Updates Editor")
        )
    }

    /// The three comments in the seed's order, for the stored post's id.
    public static func comments(postID: Int64) -> [NewComment] {
        [
            NewComment(
                postID: postID,
                authorName: "",
                body: "Fair enough. But does the US military want closer ties with the Chinese military? "
                    + "Any evidence for this?",
                createdAt: publishedAt.addingTimeInterval(4 * 3600 + 17 * 60)
            ),
            NewComment(
                postID: postID,
                authorName: blog.editorName,
                isEditor: true,
                body: "It is not the US military per se that makes the decisions here. It is the political "
                    + "leadership of the Pentagon (Gates and company) and the White House that decide policy .... "
                    + "and the policy is to develop some form of structure to work with the Chinese military.",
                createdAt: publishedAt.addingTimeInterval(6 * 3600 + 2 * 60)
            ),
            NewComment(
                postID: postID,
                authorName: "Mark",
                body:
                    "it is clear that the \"reaching out\" is one-sided - at least in the public media of the west....",
                createdAt: publishedAt.addingTimeInterval(9 * 3600 + 41 * 60)
            ),
        ]
    }
}
