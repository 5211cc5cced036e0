import CrosscheckModel
import Testing

@testable import CrosscheckQuotes

/// Conventions of real news copy that the first fixtures lacked; each case is a made-up sentence.
@Suite struct ConventionTests {
    static let cases: [SpeakerCase] = [
        // A capitalised word opening the sentence before a lowercase role belongs to the role.
        SpeakerCase(
            paragraphs: ["Engineer Clara Holt said: “The work is on time.”",
                         "Local councillor Rita Vance said the plan was late. ‘We warned them twice,’ she said."],
            snippet: "warned them", speaker: "Rita Vance"),
        SpeakerCase(
            paragraphs: ["Mayor Ann Cole opened the plant.", "Site manager Omar Reyes met the press. “We will find the fault,” he said."],
            snippet: "find the fault", speaker: "Omar Reyes"),
        // A capitalised role noun before a name is a title.
        SpeakerCase(
            paragraphs: ["Mayor Joan Pratt testified first.", "Prosecutor Amara Quist questioned Mrs. Pratt. “Where were you that night?” she asked."],
            snippet: "that night", speaker: "Amara Quist"),
        // The dot of "Jr." ends the name, not the sentence.
        SpeakerCase(paragraphs: ["“We will appeal,” Mayor Dennis Hale Jr. told reporters."], snippet: "appeal", speaker: "Dennis Hale"),
        // Lowercase role words between the verb and the name.
        SpeakerCase(
            paragraphs: ["“Can we go home?” asked Nora Bell, a teacher. “Not today,” replied fire chief Ivan Petrov."],
            snippet: "Not today", speaker: "Ivan Petrov"),
        // An owner is not the sentence's subject; "the 47-year-old" is either sex.
        SpeakerCase(
            paragraphs: ["Mayor Lena Ortiz faced questions on Monday.",
                         "Ortiz's former deputy, Carl Brandt, was blunt. “She ignored every warning,” the 47-year-old told reporters."],
            snippet: "every warning", speaker: "Carl Brandt"),
        SpeakerCase(
            paragraphs: ["Mr. Tom Eady runs the ferry.", "Ms. Gloria Penn runs the cafe. “We lost a month of trade,” the 61-year-old said."],
            snippet: "month of trade", speaker: "Gloria Penn"),
        // A quotation standing alone, its speaker named by the next sentence.
        SpeakerCase(
            paragraphs: ["“The roof just folded in.” That was how Joel Mbeki described the moment the barn collapsed."],
            snippet: "roof", speaker: "Joel Mbeki"),
        // "accused ... of" introduces a fragment.
        SpeakerCase(paragraphs: ["Senator Jo Park accused the governor of “dithering”."], snippet: "dithering", speaker: "Jo Park"),
        // Courtesy titles and kinship tell people who share a surname apart.
        SpeakerCase(
            paragraphs: ["Walter Greene, 80, said he signed the form.", "His daughter, Alice Greene, disagreed.",
                         "Their son, Mark Greene, stayed away.", "“He never signed anything,” Ms. Greene said."],
            snippet: "never signed", speaker: "Alice Greene"),
        SpeakerCase(
            paragraphs: ["Walter Greene, 80, said he signed the form.", "“I trusted the bank,” Mr. Greene said."],
            snippet: "trusted the bank", speaker: "Walter Greene"),
        // "Roe's daughter, Emma," is Emma Roe.
        SpeakerCase(
            paragraphs: ["Mayor Paul Rook spoke on Friday.", "Rook's daughter, Emma, said her father was “exhausted”."],
            snippet: "exhausted", speaker: "Emma Rook"),
        // A person's office issues statements for them.
        SpeakerCase(
            paragraphs: ["Mayor Tessa Grant's office said in a statement that the pool would close. “Safety comes first,” the statement said."],
            snippet: "Safety", speaker: "Tessa Grant", kind: .document),
        // Names with particles in pairs, and an attribution between two halves of a sentence.
        SpeakerCase(
            paragraphs: ["“The budget,” said Rep. Marisol de la Vega, D-Calif., “is a fantasy.”"], snippet: "fantasy", speaker: "Marisol de la Vega"),
        SpeakerCase(
            paragraphs: ["Judge Pieter van der Berg opened the session.", "“Sit down,” he told the lawyers."], snippet: "Sit down", speaker: "Pieter van der Berg"),
        // "called the plan '...'": a person's characterisation.
        SpeakerCase(paragraphs: ["Dame Ruth Kell, the poet, called the scheme “pure folly”."], snippet: "pure folly", speaker: "Ruth Kell"),
        SpeakerCase(
            paragraphs: ["“It is fair,” said Carl Oduya.",
                         "Mayor Ines Varga, a Democrat, called the strike “deeply disappointing” and said the city would add buses."],
            snippet: "deeply disappointing", speaker: "Ines Varga"),
        // A lowercase noun for what someone does, between the verb and the name.
        SpeakerCase(
            paragraphs: ["“We urge a vote,” said Carl Oduya.", "“It's ridiculous,” said commuter Angela Brooks. “Nobody asked us.”"],
            snippet: "ridiculous", speaker: "Angela Brooks"),
        SpeakerCase(
            paragraphs: ["“We urge a vote,” said Carl Oduya.", "“We were never warned,” said longtime shopkeeper Ray Tull."],
            snippet: "never warned", speaker: "Ray Tull"),
        // An age and a role between the name and the verb; party and state in brackets; "Said X:".
        SpeakerCase(
            paragraphs: ["Mayor Alan Cobb met residents.", "“This is over,” Karen Joyce, 45, a nurse from Ohio, told reporters."],
            snippet: "This is over", speaker: "Karen Joyce"),
        SpeakerCase(
            paragraphs: ["Mayor Alan Cobb met residents.", "“It's a tragedy,” Gov. Paul Newby (D) said."], snippet: "tragedy", speaker: "Paul Newby"),
        SpeakerCase(
            paragraphs: ["Mayor Alan Cobb met residents.", "“Nobody asked us,” Sen. Ida Marsh (R-Texas) told reporters."],
            snippet: "Nobody asked", speaker: "Ida Marsh"),
        SpeakerCase(paragraphs: ["Mayor Alan Cobb met residents.", "Said Rep. Jim Osgood: “This is a sham.”"], snippet: "sham", speaker: "Jim Osgood"),
        // A place ending a relative clause is not the speaker; "the father-of-two" is the person just named.
        SpeakerCase(
            paragraphs: ["Paul Kemp, 52, who runs a bakery in Leeds, said: ‘I don't see how this helps.’ The father-of-two added: ‘Bills are killing us.’"],
            snippet: "this helps", speaker: "Paul Kemp"),
        SpeakerCase(
            paragraphs: ["Paul Kemp, 52, who runs a bakery in Leeds, said: ‘I don't see how this helps.’ The father-of-two added: ‘Bills are killing us.’"],
            snippet: "Bills", speaker: "Paul Kemp"),
        // A pronoun is the subject of the sentence before it, even when that sentence quotes a fragment.
        SpeakerCase(
            paragraphs: ["“We had teams out all night,” said Dr Owen Hale.",
                         "Local MP Cameron Thomas says the town has been “let down again”. He told BBC Radio Kent: “People were promised these defences would hold.”"],
            snippet: "People were promised", speaker: "Cameron Thomas"),
        // A kinship word opening the sentence is a description, not a first name.
        SpeakerCase(
            paragraphs: ["Grandmother Helen Marsh, 67, told reporters: ‘It came in like a tidal wave.’"], snippet: "tidal wave", speaker: "Helen Marsh"),
        // A person's name before "of" and a place after it: the person is the speaker.
        SpeakerCase(
            paragraphs: ["“It passed,” said Sen. Ann Roe.",
                         "Senator Chris Murphy of Connecticut, who helped write an earlier version, said he voted for it “with real reservations.”"],
            snippet: "reservations", speaker: "Chris Murphy"),
        // British police ranks abbreviated without dots.
        SpeakerCase(
            paragraphs: ["Detective Constable Amy Reed led the inquiry.", "Det Con Amy Reed said: “He was wrong.”"], snippet: "was wrong", speaker: "Amy Reed"),
        // The interviewer named before the comma is not the speaker, nor given the speaker's title.
        SpeakerCase(
            paragraphs: ["Prime Minister Ola Berg spoke on Sunday.", "Speaking to the BBC's Laura Kuenssberg, the prime minister said: “We are not going to do that.”"],
            snippet: "not going to do", speaker: "Ola Berg"),
        // The dot of "Corp." does not cut the company off its verb; a name that owns the role is not its holder.
        SpeakerCase(
            paragraphs: ["Councillor Peter Vance was blunt. “We are broke,” he said.", "“We regret the error,” Acme Corp. said in a statement."],
            snippet: "regret", speaker: "Acme Corp", kind: .organization),
        // A name that a noun for an organisation introduces, or that ends in a company word, is no person.
        SpeakerCase(paragraphs: ["The charity Oxfam said the fine was “a welcome signal”."], snippet: "welcome", speaker: "Oxfam", kind: .organization),
        SpeakerCase(paragraphs: ["Supermarket giant Tesco said: “Prices will fall.”"], snippet: "Prices", speaker: "Tesco", kind: .organization),
        SpeakerCase(paragraphs: ["“Heads should roll,” said the watchdog, Ofwat."], snippet: "Heads", speaker: "Ofwat", kind: .organization),
        SpeakerCase(
            paragraphs: ["Defense Secretary Mark Esper spoke on Monday.", "On the fight against the Islamic State group, Esper said the strike had “no material impact.”"],
            snippet: "material", speaker: "Mark Esper"),
        SpeakerCase(paragraphs: ["“We accept the findings,” Brightwell Energy said."], snippet: "findings", speaker: "Brightwell Energy", kind: .organization),
        // The company's first word alone is still the company; a family name that also opens a company's name is not.
        SpeakerCase(
            paragraphs: ["Brightwell Energy supplies four million homes.", "In a statement, Brightwell said it was “deeply sorry”."],
            snippet: "sorry", speaker: "Brightwell", kind: .organization),
        SpeakerCase(
            paragraphs: ["Donald Trump owns the Trump Organization.", "“It is a witch hunt,” Trump said."], snippet: "witch", speaker: "Donald Trump"),
        SpeakerCase(
            paragraphs: ["Governor Lena Marsh was away.", "“The numbers do not add up,” said Marsh's spokesman, Tom Reilly."],
            snippet: "numbers", speaker: "Tom Reilly"),
        // A pull quote signed after a dash.
        SpeakerCase(
            paragraphs: ["Mayor Jane Ortiz spoke to residents.", "“I have never seen anything like it.” — Jane Ortiz, mayor"],
            snippet: "never seen", speaker: "Jane Ortiz"),
        // "she" after a woman and a man named since is the woman, by a first name nearly always a woman's;
        // a name given to both sexes decides nothing.
        SpeakerCase(
            paragraphs: ["Mayor Jane Ortiz spoke first. Councillor Peter Vance disagreed.", "“He is wrong,” she said."],
            snippet: "He is wrong", speaker: "Jane Ortiz"),
        SpeakerCase(
            paragraphs: ["Mayor Jane Ortiz spoke first. Councillor Sam Vance disagreed.", "“She is wrong,” he said."],
            snippet: "She is wrong", speaker: "Sam Vance"),
        // A one-word sentence beside other quotations is speech.
        SpeakerCase(paragraphs: ["“We never met him,” Ms. Dale told the court. “Never.”"], snippet: "Never.", speaker: "Dale"),
        // A second appositive, of the body the person is from; a role and a title of address before the name.
        SpeakerCase(
            paragraphs: ["Prof Maria Lindqvist, of the Karolinska Institute in Stockholm, who led the study, said: “Activity helps.”"],
            snippet: "Activity helps", speaker: "Maria Lindqvist"),
        SpeakerCase(
            paragraphs: ["“Activity helps,” said study author Dr. Maria Lindqvist, a professor of epidemiology."],
            snippet: "Activity helps", speaker: "Maria Lindqvist"),
        // A surname ending in -s after its full name is a person, not a plural group ("Democrats said").
        SpeakerCase(
            paragraphs: ["Patrick Mahomes threw for 320 yards and three touchdowns.", "“We found a way,” Mahomes said."],
            snippet: "found a way", speaker: "Patrick Mahomes"),
        // A labelling verb right after its subject's name.
        SpeakerCase(paragraphs: ["Reform won, in a result that Nigel Farage called “a very big moment”."], snippet: "big moment", speaker: "Nigel Farage"),
        // A name's lowercase particle, after the quotation.
        SpeakerCase(
            paragraphs: ["“This is not charity,” President Luiz Inácio Lula da Silva said at a closing news conference."],
            snippet: "charity", speaker: "Luiz Inácio Lula da Silva"),
        // US political copy: a party member named by state is the person just named.
        SpeakerCase(
            paragraphs: ["Senator James Lankford expects a tough road.", "“I'm not naive about it,” the Oklahoma Republican said."],
            snippet: "naive", speaker: "James Lankford"),
    ]

    @Test(arguments: cases)
    func attributes(_ c: SpeakerCase) throws {
        let analysis = analyze(c.paragraphs)
        let quote = try #require(analysis.quotes.first { $0.text.contains(c.snippet) && $0.text.count < c.snippet.count + 40 })
        #expect(analysis.speaker(of: quote) == c.speaker)
        #expect(quote.speakerKind == c.kind)
    }

    @Test(arguments: [
        "Associated Press writer Nadia Fromm contributed to this report.",
        "(Reporting by Nadia Fromm in Oslo; Editing by Paul Tandy)",
        "Additional reporting by correspondent Nadia Fromm.",
        // Capitals, curly quotes and a Kelvin sign (which lowercases to an ASCII k) take the other paths.
        "ADDITIONAL REPORTING BY “correspondent” Nadia Fromm.",
        "Nadia Fromm contributed to this report from \u{212A}abul.",
    ])
    func contributorLinesNameNoPeople(_ line: String) {
        let analysis = analyze(["“We will strike,” said union leader Omar Haddad.", line])
        #expect(analysis.people.map(\.name) == ["Omar Haddad"])
    }

    @Test func aProgrammeToldIsNoQuotation() {
        let analysis = analyze([
            "Governor Maria Delgado praised the crews. “Our crews have been heroes,” she told “Fox & Friends” on Monday.",
            "Delgado told “Good Morning America” that help was coming.",
        ])
        #expect(analysis.quotes.map(\.text) == ["Our crews have been heroes"])
    }

    struct TranscriptCase: Sendable, CustomTestStringConvertible {
        let paragraphs: [String]
        /// Quote text prefix → speaker, in order.
        let expected: [String]
        var testDescription: String { paragraphs.joined(separator: " / ") }
    }

    static let transcripts: [TranscriptCase] = [
        TranscriptCase(
            paragraphs: ["President Helen Ward called Chancellor Otto Brandt, according to a transcript.",
                         "WARD: I need you to look into the deal.", "BRANDT: We are already looking at it.", "Ward: Good. Do it quickly."],
            expected: ["Helen Ward", "Otto Brandt", "Helen Ward"]),
        // Labels that name nobody of the article, or a single labelled line, are no transcript.
        TranscriptCase(
            paragraphs: ["Mayor Joan Pratt spoke on Monday.", "UPDATE: The mayor has since resigned.", "WASHINGTON: Lawmakers met late."],
            expected: []),
        TranscriptCase(paragraphs: ["Mayor Joan Pratt spoke on Monday.", "PRATT: We are ready for the storm."], expected: []),
    ]

    @Test(arguments: transcripts)
    func transcriptLines(_ c: TranscriptCase) {
        let analysis = analyze(c.paragraphs)
        #expect(analysis.quotes.map { analysis.speaker(of: $0) } == c.expected)
        #expect(analysis.quotes.allSatisfy { !$0.unclosed })
    }

    @Test func hyphenatedSurnameIsOnePerson() {
        let analysis = analyze(["Minister Fiona Ashby-Clarke spoke.", "“We are ready,” Ms Ashby-Clarke said."])
        #expect(analysis.people.map(\.name) == ["Fiona Ashby-Clarke"])
    }

    @Test func titleGivenByAnotherSource() throws {
        let first = makeDocument("a", ["Prime Minister Oskar Lind visited the port."])
        let second = makeDocument("b", ["Oskar Lind toured the harbour on Friday.", "The prime minister said it would reopen “within weeks”."])
        let analysis = QuoteAnalyzer().analyze([first, second])
        let quote = try #require(analysis.quote(containing: "within weeks"))
        #expect(analysis.speaker(of: quote) == "Oskar Lind")
    }

    @Test func captionWithAttributedQuoteIsText() throws {
        let analysis = analyze(
            ["Engineer Mia Ross spoke first.",
             "Councillor Ben Ito said the plan had failed. ‘We raised it two years ago and nobody listened,’ he said.",
             "Photo: Jo Lane / Wire"],
            kinds: [.body, .caption, .caption])
        let quote = try #require(analysis.quote(containing: "nobody listened"))
        #expect(analysis.speaker(of: quote) == "Ben Ito")
        #expect(quote.placement == .body)
    }

    struct InterviewCase: Sendable, CustomTestStringConvertible {
        let paragraphs: [String]
        let answers: Int
        var testDescription: String { paragraphs.joined(separator: " / ") }
    }

    static let interviews: [InterviewCase] = [
        InterviewCase(paragraphs: ["Dana Whitfield spoke to the paper at her office.", "Q: Why did you leave?", "A: I could not defend the decisions any more.",
                                   "Q. Any regrets?", "A. None at all."], answers: 2),
        // Without questions an "A:" line is no answer.
        InterviewCase(paragraphs: ["Dana Whitfield spoke to the paper.", "A: list of the items follows below."], answers: 0),
    ]

    @Test(arguments: interviews)
    func interviewAnswers(_ c: InterviewCase) {
        let analysis = analyze(c.paragraphs)
        #expect(analysis.quotes.count == c.answers)
        for quote in analysis.quotes {
            #expect(analysis.speaker(of: quote) == "Dana Whitfield")
            #expect(!quote.unclosed)
        }
    }
}
