import CrosscheckModel
import Testing

@testable import CrosscheckLoad

@Suite struct HTMLArticleTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Esper denies withdrawal | The Daily Record</title>
        <meta property="og:title" content="Esper denies US is leaving Iraq">
        <meta property="og:site_name" content="The Daily Record">
        <meta name="author" content="By Jane Roe">
        <link rel="canonical" href="https://record.example/world/esper">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Record"},
         {"@type": "NewsArticle", "headline": "Esper denies", "datePublished": "2020-01-07T23:09:00Z",
          "author": [{"@type": "Person", "name": "Jane Roe"}], "publisher": {"@type": "Organization", "name": "Daily Record"}}]}
        </script>
        <style>p { color: red }</style>
        </head><body>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
        <main>
        <article class="story">
          <h1>Esper denies US is leaving Iraq</h1>
          <p class="byline">By <a href="/jane">Jane Roe</a> <time datetime="2020-01-08">8 January</time></p>
          <figure><img src="esper.jpg"><figcaption>Mark Esper at the Pentagon. (Photo: AP)</figcaption></figure>
          <p>Defense Secretary Mark Esper said on Monday that &ldquo;there has been no decision whatsoever to leave Iraq.&rdquo;
          <p>The letter was a draft, he said&nbsp;&mdash; sent &#8220;by mistake&#8221; &amp; now withdrawn.</p>
          <aside class="related"><p>Read more: Iran vows revenge</p></aside>
          <div class="ad-slot"><p>Advertisement</p></div>
          <p>Gen. Mark Milley called it <em>poorly worded</em>.<br>It was unsigned.</p>
          <!-- <p>A comment that is not text</p> -->
        </article>
        <article class="teaser"><h2><a href="/other">Another story</a></h2></article>
        </main>
        <footer><p>&copy; 2020 The Daily Record</p></footer>
        <script>document.write("<p>not text</p>")</script>
        </body></html>
        """

    @Test func theStoryElementGivesOneParagraphALine() {
        let article = HTMLArticle.read(Self.page)
        #expect(article.body.split(separator: "\n") == [
            "Esper denies US is leaving Iraq",
            "By Jane Roe 8 January",
            "Defense Secretary Mark Esper said on Monday that \u{201C}there has been no decision whatsoever to leave Iraq.\u{201D}",
            "The letter was a draft, he said \u{2014} sent \u{201C}by mistake\u{201D} & now withdrawn.",
            "Gen. Mark Milley called it poorly worded.",
            "It was unsigned.",
        ])
    }

    @Test func metadataComesFromTheHeadAndIsGiven() {
        let metadata = HTMLArticle.read(Self.page).metadata
        #expect(metadata.title == Metadata.Field("Esper denies US is leaving Iraq", inferred: false))
        #expect(metadata.outlet?.value == "The Daily Record")
        #expect(metadata.url?.value == "https://record.example/world/esper")
        #expect(metadata.author?.value == "Jane Roe")
        #expect(metadata.date == Metadata.Field("2020-01-07", inferred: false))
    }

    @Test func jsonLDFillsWhatMetaTagsLeaveOut() {
        let page = """
            <script type="application/ld+json">[{"@type": "ReportageNewsArticle", "datePublished": "2021-03-04",
            "author": [{"name": "A. Writer"}, {"name": "B. Writer"}], "publisher": {"name": "Wire"}}]</script>
            <p>Text of the story.</p>
            """
        let metadata = HTMLArticle.read(page).metadata
        #expect(metadata.date?.value == "2021-03-04")
        #expect(metadata.author?.value == "A. Writer, B. Writer")
        #expect(metadata.outlet?.value == "Wire")
    }

    @Test func aPageThatDrawsItsStoryWithScriptsGivesTheArticleBody() {
        let page = """
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dam holds",
            "articleBody": "The dam held overnight, officials said.\\n\\n\\"We were lucky,\\" the mayor said."}</script>
            <main><h1>Dam holds</h1><div id="root">Loading\u{2026}</div></main>
            """
        #expect(HTMLArticle.read(page).body == "Dam holds\nThe dam held overnight, officials said.\n\"We were lucky,\" the mayor said.")
    }

    @Test func aHeadlineOutsideTheStoryElementIsPutOnTop() {
        let page = """
            <head><meta property="og:title" content="Dam holds"></head>
            <h1>Dam holds</h1><article><p>The dam held overnight, officials said.</p></article>
            """
        #expect(HTMLArticle.read(page).body == "Dam holds\nThe dam held overnight, officials said.")
    }

    @Test func thePageTitleLosesTheSiteNameAndStaysOutOfTheText() {
        let page = """
            <head><title>Dam holds | The Courier</title><meta property="og:site_name" content="Courier"></head>
            <article><p>The dam held overnight.</p></article>
            """
        let article = HTMLArticle.read(page)
        #expect(article.metadata.title?.value == "Dam holds")
        #expect(article.body == "The dam held overnight.")
        #expect(HTMLMetadata.withoutSiteName("Storm hits - live - Courier", "Courier") == "Storm hits - live")
        #expect(HTMLMetadata.withoutSiteName("Jan - Mar figures", "Courier") == "Jan - Mar figures")
    }

    @Test func aBylineElementGivesTheAuthorAndSocialTitlesLoseTheSiteName() {
        let page = """
            <head><meta property="og:site_name" content="BBC News"><meta property="og:title" content="Gun laws his biggest frustration - BBC News"></head>
            <div id="article-body"><div class="pb-sig-line"><span class="pb-byline">By <a href="/people/ec">Erin Cunningham</a></span></div>
            <article><p>Gunmen stormed a museum on Wednesday.</p></article></div>
            """
        let metadata = HTMLArticle.read(page).metadata
        #expect(metadata.author?.value == "Erin Cunningham")
        #expect(metadata.title?.value == "Gun laws his biggest frustration")
        let named = HTMLArticle.read("<meta property=\"og:site_name\" content=\"http://www.tmz.com\"><p>Text.</p>").metadata
        #expect(named.outlet?.value == "tmz.com")
    }

    @Test func brokenMarkupStillGivesItsText() {
        let page = "<div><p>One <b>bold</p><p>Two</div></span><p>Three &unknown; &#x2019; <script>never closed"
        #expect(HTMLArticle.read(page).body == "One bold\nTwo\nThree &unknown; \u{2019}")
        let nested = String(repeating: "<div><p><span>", count: 20_000) + "deep" + String(repeating: "</span></i>", count: 20_000)
        #expect(HTMLArticle.read(nested).body == "deep")
    }
}

@Suite struct HTMLStoryElementTests {
    @Test func withoutArticleOrMainTheParagraphsContainerIsTheStory() {
        let page = """
            <body><div class="top"><a href="/">The Courier</a> <span>Sign in</span></div>
            <div class="wrap"><div class="story-body"><p>The bridge reopened on Sunday after three weeks of repairs.</p>
            <div class="text-block"><p>"It is safe," the county engineer said.</p></div><p>Traffic was light.</p></div>
            <div class="rail"><div><p>Most read</p></div><div><p>Weather</p></div></div></div></body>
            """
        #expect(HTMLArticle.read(page).body == """
            The bridge reopened on Sunday after three weeks of repairs.
            "It is safe," the county engineer said.
            Traffic was light.
            """)
    }

    @Test func theElementMarkedAsTheArticleBodyIsTheStory() {
        let page = """
            <div role="main"><h1>Gun laws</h1><div class="story-body__inner" itemprop="articleBody">
            <p>The president said gun laws were his biggest frustration.</p><ul><li>He backed the Iran deal</li></ul></div>
            <div class="story-more"><p>Jeep hack prompts 1.4m car recall, and other stories from around the world today</p>
            <p>Four-legged snake fossil discovered in Brazil, scientists say in a new study published</p></div></div>
            """
        #expect(HTMLArticle.read(page).body == "Gun laws\nThe president said gun laws were his biggest frustration.\nHe backed the Iran deal")
    }

    @Test func aStorySplitByAReadMoreBoxIsReadWhole() {
        let lead = String(repeating: "The government team met media executives this week. ", count: 2)
        let rest = String(repeating: "The bill would make providers keep metadata for two years. ", count: 2)
        let page = """
            <div id="story"><div class="story-body"><p>\(lead)One.</p><p>\(lead)Two.</p>
            <div id="read-more"><div id="read-more-link"><a href="">Read more</a></div>
            <div id="read-more-content"><p>\(rest)Three.</p><p>\(rest)Four.</p><p>\(rest)Five.</p></div></div></div>
            <div class="rail"><p>Most read: a story about something else entirely, with a long teaser line</p></div></div>
            """
        let body = HTMLArticle.read(page).body.split(separator: "\n").map(String.init)
        #expect(body.compactMap { $0.split(separator: " ").last.map(String.init) } == ["One.", "Two.", "more", "Three.", "Four.", "Five."])
    }

    @Test func storyParagraphsSetInDivsAreRead() {
        let page = """
            <article class="teaser"><a href="/x">Other</a></article>
            <article><h1>Fire contained</h1><div data-testid="paragraph-0">Crews contained the fire, Reuters reported.</div>
            <div data-testid="paragraph-1">No one was hurt.</div><script>var data = {"long": "\(String(repeating: "x", count: 500))"}</script></article>
            """
        #expect(HTMLArticle.read(page).body == "Fire contained\nCrews contained the fire, Reuters reported.\nNo one was hurt.")
    }

    @Test func aWrapperClassedLikeFurnitureIsKeptWhenItHoldsTheStory() {
        let page = """
            <form id="aspnetForm"><article><div class="article-body has-ads"><p>Council tax will rise by 4.99%.</p>
            <p>The vote was 31 to 12.</p><div class="ad"><p>Advertisement</p></div>
            <blockquote class="pull-quote"><p>The vote was 31 to 12.</p></blockquote>
            <div class="pull-right"><p>Turnout was low.</p></div></div>
            <div class="share"><p>Share this</p></div></article></form>
            """
        #expect(HTMLArticle.read(page).body == "Council tax will rise by 4.99%.\nThe vote was 31 to 12.\nTurnout was low.")
    }
}
