/// News pages as outlets write them, for the clip extractor's tests.
enum ClipPageFixtures {
    /// A Stars and Stripes–like story: Open Graph tags, a canonical link, JSON-LD, and page furniture around
    /// the article.
    static let starsAndStripes = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>US Army tests new drone defense in Germany | Stars and Stripes</title>
        <meta name="description" content="The Army tested a counter-drone system in Bavaria.">
        <meta property="og:type" content="article">
        <meta property="og:title" content="US Army tests new drone defense in Germany">
        <meta property="og:site_name" content="Stars and Stripes">
        <meta property="og:description" content="Soldiers with the 2nd Cavalry Regiment tested a new
            counter-drone system at Grafenw&ouml;hr Training Area this week, the Army said.">
        <meta property="og:image" content="https://www.stripes.com/incoming/abc123/drone.jpg?f=webp&amp;w=1200">
        <meta property="og:image" content="https://www.stripes.com/incoming/second.jpg">
        <meta property="og:url" content="https://www.stripes.com/theaters/europe/2024-05-01/drone-13722.html">
        <meta property="article:published_time" content="2024-05-01T14:05:09.250+02:00">
        <link rel="canonical" href="https://www.stripes.com/theaters/europe/2024-05-01/drone-13722.html">
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01T00:00:00Z"}</script>
        <style>p { color: red }</style>
        </head>
        <body>
        <header><nav><a href="/">Home</a><p>Subscribe to Stars and Stripes for unlimited access to every story.</p>
        </nav></header>
        <article>
          <header><h1>US Army tests new drone defense in Germany</h1>
          <p class="byline">By John Vandiver, Stars and Stripes &bull; May 1, 2024</p></header>
          <p>GRAFENWOEHR, Germany &mdash; Soldiers with the 2nd Cavalry Regiment tested a new counter-drone
          system this week.</p>
        </article>
        <footer><p>&copy; 2024 Stars and Stripes. All rights reserved. Terms of use and privacy policy.</p></footer>
        </body>
        </html>
        """

    /// A plain page: a title and paragraphs, no tags for link previews and no `<article>`.
    static let titleAndParagraphs = """
        <html><head><title>
          City council approves new harbour budget
        </title></head>
        <body>
        <nav><p>Home | Local | Sport | Weather | Opinion | Obituaries | Contact</p></nav>
        <div id="content">
        <h1>City council approves new harbour budget</h1>
        <p>Posted 3 hours ago</p>
        <p>The city council voted 7&ndash;2 on Tuesday night to approve a &pound;4.2m budget for the harbour.
        <p>Councillors who opposed the plan said the money would be better spent on roads<br>and schools.</p>
        <p>Advertisement</p>
        <aside><p>Read more: the harbour's long history of floods and the people who rebuilt it.</p></aside>
        <p>Work on the new sea wall is expected to begin in the spring and last about eighteen months.</p>
        <p>The mayor said the vote was &#8220;a good night for the town&#8221; and thanked residents.</p>
        </div>
        <footer><p>Copyright Example Local News Limited, all rights reserved, registered in England.</p></footer>
        </body></html>
        """

    /// A page whose story is in `<article>` while other paragraphs stand around it.
    static let articleAmongOthers = """
        <html><head><title>Storm closes ports</title></head><body>
        <div class="promo"><p>Sign up for our newsletter to get the day's top stories every morning.</p></div>
        <article>
        <time datetime="2023-11-02T06:30:00Z">2 November</time>
        <p>First paragraph of the story about the storm that closed the ports along the coast.</p>
        <p>Second paragraph of the story, with <a href="/x">a link</a> and <em>emphasis</em> in it.</p>
        <p>Third paragraph of the story, telling what the coastguard said about the weekend.</p>
        <p>Fourth paragraph of the story, telling what the shipping companies expect next week.</p>
        <p>Fifth paragraph of the story, telling what the forecasters say about the next storm.</p>
        <p>Sixth paragraph of the story, which no excerpt reaches because five is the most kept.</p>
        </article>
        </body></html>
        """
}
