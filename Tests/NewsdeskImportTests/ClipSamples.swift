/// Post bodies in the HTML Blogger's editor wrote in 2011, modelled on the reference post
/// (`Tests/Fixtures/seed/000_7e82267dab9accc0.txt`, War News Updates, January 17, 2011), and variants of it.
enum ClipSamples {
    static let storyURL =
        "http://www.stripes.com/news/does-china-s-military-want-better-relations-with-the-u-s-1.131957"
    static let headline = "Does China's Military Want Better Relations With The U.S.?"
    static let imageURL = "https://blogger.googleusercontent.com/img/b/R29vZ2xl/s320/gates-liang.jpg"
    static let caption = """
        U.S. Defense Secretary Robert M. Gates and Chinese Defense Minister Liang Guanglie pay their respects as \
        each other's national anthem is played by the People's LIberation Army at the ministry of Defense in \
        Beijing, Jan. 10, 2011. Gates met with Chinese Defense Minister Liang Guanglie and his staff at the \
        ministry and held a press conference. DOD photo by U.S. Air Force Master Sgt. Jerry Morrison
        """
    static let excerpt = [
        """
        TOKYO \u{2014} Defense Secretary Robert Gates\u{2019} talks with Chinese leaders last week rebooted the two \
        nations\u{2019} defense relationship, but whether that dialogue will produce substantive security \
        improvements in one of the world\u{2019}s most tense regions remains to be seen.
        """,
        """
        Although Gates told reporters his talks were productive, U.S. military officials say the history of the \
        military-to-military relationship with China has been marked by a lack of give-and-take when it comes to \
        sharing information.
        """,
    ]
    static let commentary = [
        """
        One will have to say no .... it appears that China has very little interest (or motivation) to develop \
        closer ties with the U.S. military. But this has always been the case with China.
        """,
        """
        I will still the expect the U.S. to continue trying to establish some form of framework for both sides \
        to operate in .... but for the moment .... the Chinese defense establishment have very little interest.
        """,
    ]

    static let captionTable = """
        <table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: \
        auto; margin-right: auto; text-align: center;"><tbody>
        <tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s1600/\
        gates-liang.jpg" imageanchor="1" style="margin-left: auto; margin-right: auto;"><img border="0" \
        height="213" src="\(imageURL)" width="320" /></a></td></tr>
        <tr><td class="tr-caption" style="text-align: center;">U.S. Defense Secretary Robert M. Gates and Chinese \
        Defense Minister Liang Guanglie pay their respects as each other's national anthem is played by the \
        People's LIberation Army at the ministry of Defense in Beijing, Jan. 10, 2011. Gates met with Chinese \
        Defense Minister Liang Guanglie and his staff at the ministry and held a press conference.<br />DOD photo \
        by U.S. Air Force Master Sgt. Jerry Morrison</td></tr>
        </tbody></table><br />

        """

    /// The reference post as Blogger stored it: photo table, bold linked headline, blockquoted excerpt with
    /// `<br />` paragraphs, "Read more ....", and the red "My Comment:" heading.
    static let reference =
        captionTable + """
            <b><a href="\(storyURL)">Does China's Military Want Better Relations With The U.S.?</a></b> -- Stars And \
            Stripes<br />
            <br />
            <blockquote>TOKYO &#8212; Defense Secretary Robert Gates&#8217; talks with Chinese leaders last week \
            rebooted the two nations&#8217; defense relationship, but whether that dialogue will produce substantive \
            security improvements in one of the world&#8217;s most tense regions remains to be seen.<br />
            <br />
            Although Gates told reporters his talks were productive, U.S. military officials say the history of the \
            military-to-military relationship with China has been marked by a lack of give-and-take when it comes to \
            sharing information.<br />
            <br />
            <a href="\(storyURL)">Read more ....</a></blockquote><br />
            <b><span style="color: red;">My Comment:</span></b> One will have to say no .... it appears that China has \
            very little interest (or motivation) to develop closer ties with the U.S. military. But this has always \
            been the case with China.<br />
            <br />
            I will still the expect the U.S. to continue trying to establish some form of framework for both sides to \
            operate in .... but for the moment .... the Chinese defense establishment have very little interest.
            """

    /// Paragraph markup, `<strong>`, an em dash, no blockquote, no photo, the heading in its own paragraph.
    static let paragraphs = """
        <p><strong><a href="\(storyURL)">\(headline)</a></strong> &#8212; Stars And Stripes</p>
        <p>\(excerpt[0])</p>
        <p>\(excerpt[1])</p>
        <p><a href="\(storyURL)">Read more ....</a></p>
        <p><strong>My Comment:</strong></p>
        <p>\(commentary[0])</p>
        <p>\(commentary[1])</p>
        """
}
