import CrosscheckModel
import Testing

@testable import CrosscheckQuotes

struct MergeCase: Sendable, CustomTestStringConvertible {
    /// One paragraph per document; all name the same person.
    let sources: [String]
    let canonical: String
    var testDescription: String { canonical + ": " + sources.joined(separator: " | ") }
}

@Suite struct PeopleTests {
    static let merges: [MergeCase] = [
        // Titles, middle initials, suffixes and a word doubled by a bad translation.
        MergeCase(sources: ["“We hold the line,” said Brig. Gen. John H. Parker III.", "“We hold,” John Parker said.",
                            "“We hold the line,” Brigadier General John John Parker said."], canonical: "John Parker"),
        // Transliterations of Arabic names: particles, vowels, doubled letters, hyphens.
        MergeCase(sources: ["“Talks resume soon,” Prime Minister Adil Abd al-Karim said.", "“Talks resume,” Adel Abdul-Karim said.",
                            "“The talks resume soon,” Premier Adel Abdel Karim said."], canonical: "Adel Abdel Karim"),
        MergeCase(sources: ["“We will answer,” commander Qadir Hashemi said.", "“We will answer,” General Qaddir Hashemi said.",
                            "“We will answer,” Kadir Hashemi said."], canonical: "Kadir Hashemi"),
        MergeCase(sources: ["“We will see,” Foreign Minister Aleksandr Volkov said.", "“We will see,” Alexander Volkov said."], canonical: "Alexander Volkov"),
        // Letters with no accent to drop (Turkish dotless i, Polish ł, Danish ø) are written plain in English copy.
        MergeCase(sources: ["“This is negligence,” opposition leader Kemal Kılıçdaroğlu said.", "“It is negligence,” Kemal Kilicdaroglu said."],
                  canonical: "Kemal Kilicdaroglu"),
        MergeCase(sources: ["“We agree,” Prime Minister Lars Løkke said.", "“We agree,” Lars Lokke said."], canonical: "Lars Lokke"),
        // A middle name written first.
        MergeCase(sources: ["“No one is left out,” President Recep Tayyip Erdoğan said.", "“No one is left,” Tayyip Erdogan said."],
                  canonical: "Recep Tayyip Erdogan"),
        // After a royal title a name alone is the first name of the article's full name.
        MergeCase(sources: ["Crown Prince Omar bin Saad met the envoy on Monday. “We want peace,” Prince Omar said."], canonical: "Omar bin Saad"),
        // So after "Sir" or "Dame": British knights and dames go by their first names.
        MergeCase(sources: ["Sir Keir Starmer spoke on Monday. “The system is broken,” Sir Keir said."], canonical: "Keir Starmer"),
        // A surname alone joins the full name.
        MergeCase(sources: ["“Prices fall,” Minister Lotte Brink said.", "“Prices fall,” Brink said in a statement."], canonical: "Lotte Brink"),
        // One word of a full name other than the family name, where an article names both: the name the
        // person goes by, or a family name written first; then elsewhere too.
        MergeCase(sources: ["President Luiz Inácio Lula da Silva opened the talks. “This is not charity,” Lula told reporters.",
                            "“It is a debt,” Lula said."], canonical: "Luiz Inácio Lula da Silva"),
        MergeCase(sources: ["“We will pay,” President Xi Jinping said. Xi said the fund was fair.", "“We will pay,” President Xi said."],
                  canonical: "Xi Jinping"),
    ]

    @Test func aFirstNameAloneJoinsTheFamilyItsRoleNames() {
        let documents = [
            makeDocument("s0", ["Dr Helen Marsh died at the scene.", "Dr Marsh's husband, Peter, said: “Nothing will bring her back.”"]),
            makeDocument("s1", ["“Helen was the centre of our family,” Peter Marsh said."]),
        ]
        let analysis = QuoteAnalyzer().analyze(documents)
        #expect(analysis.people.map(\.name) == ["Helen Marsh", "Peter Marsh"])
        #expect(analysis.quotes.allSatisfy { $0.personID == "peter-marsh" })
    }

    @Test func aGivenNameSpacedOrHyphenatedIsOneName() {
        let documents = [
            makeDocument("s0", ["North Korean leader Kim Jong Un oversaw the test. “It is a warning,” Kim said."]),
            makeDocument("s1", ["“It is a warning,” North Korea's Kim Jong-un said."]),
            makeDocument("s2", ["Mr Kim described the launch as “a warning”."]),
        ]
        let analysis = QuoteAnalyzer().analyze(documents)
        #expect(analysis.people.count == 1)
        #expect(analysis.people.first?.sourceIDs == ["s0", "s1", "s2"])
    }

    @Test func namesThatDifferInTheirFirstWordStayApart() {
        let documents = [
            makeDocument("s0", ["“We will go,” Prime Minister Homi Voquinvo said."]),
            makeDocument("s1", ["“We will stay,” General Homivo Quinvo said."]),
        ]
        #expect(QuoteAnalyzer().analyze(documents).people.count == 2)
    }

    @Test func aTitleBeforeAFirstNameJoinsTheFullNameThatBearsIt() {
        let documents = [
            makeDocument("s0", ["“Our patience has limits,” said Saudi Crown Prince Mohammed bin Salman."]),
            makeDocument("s1", ["“Our patience has limits,” Prince Mohammed said."]),
            makeDocument("s2", ["“We stand together,” European Council President Charles Michel said."]),
            makeDocument("s3", ["“We stand together,” King Charles said."]),
        ]
        #expect(QuoteAnalyzer().analyze(documents).people.map(\.name) == ["Charles", "Charles Michel", "Mohammed bin Salman"])
    }

    @Test func aOneWordNameStaysApartWhereNoArticleNamesBoth() {
        let documents = [
            makeDocument("s0", ["“We will pay,” President Xi Jinping said."]),
            makeDocument("s1", ["“We will wait,” President Xi said."]),
        ]
        #expect(QuoteAnalyzer().analyze(documents).people.count == 2)
    }

    @Test(arguments: merges)
    func mergesVariants(_ c: MergeCase) throws {
        let documents = c.sources.enumerated().map { makeDocument("s\($0.offset)", [$0.element]) }
        let analysis = QuoteAnalyzer().analyze(documents)
        #expect(analysis.people.count == 1)
        let person = try #require(analysis.people.first)
        #expect(analysis.quotes.allSatisfy { $0.personID == person.id })
        #expect(person.aliases.contains(person.name))
        #expect(person.sourceIDs == documents.map(\.id))
        // The canonical form is one of the common full forms.
        #expect(NameKey(parts: [person.name]).compatible(with: NameKey(parts: [c.canonical])))
    }

    /// People of one surname are told apart by first name, and a surname alone goes to the one its own
    /// article named; people of other surnames, merged beside them, keep theirs.
    @Test func surnameAloneGoesToThePersonItsArticleNamed() throws {
        let documents = [
            makeDocument("s0", ["“We hold,” Minister John Parker said.", "“We go,” Parker added. “Soon,” Minister Lotte Brink said."]),
            makeDocument("s1", ["“Wait,” Senator Mary Parker said.", "“Now,” Parker said. “Later,” Brink said."]),
        ]
        let analysis = QuoteAnalyzer().analyze(documents)
        #expect(analysis.people.map(\.name) == ["John Parker", "Lotte Brink", "Mary Parker"])
        let speaker = Dictionary(uniqueKeysWithValues: analysis.quotes.map { ($0.text, $0.personID) })
        #expect(speaker["We go"] == "john-parker")
        #expect(speaker["Now"] == "mary-parker")
        #expect(speaker["Soon"] == "lotte-brink")
        #expect(speaker["Later"] == "lotte-brink")
    }

    @Test func photoCreditsAndBylinesAreNotPeople() {
        let analysis = analyze([
            "Photo: Jane Doe / AFP", "Rick Stone | Getty Images", "Crowds gathered in the square. (AP Photo/John Smith)",
            "Mara Quill", "Reuters", "“We are done here,” Mayor Tom Reyes said.",
        ])
        #expect(analysis.people.map(\.name) == ["Tom Reyes"])
    }

    @Test func homeStatesAreNotPeople() {
        let analysis = analyze([
            "“Farmers cannot wait,” said Senator John Thune of South Dakota, the majority leader.",
            "“It is a good start,” said Governor Ann Reyes of North Carolina.",
        ])
        #expect(Set(analysis.people.map(\.name)) == ["John Thune", "Ann Reyes"])
    }

    @Test(arguments: [
        ("“We are not out of the woods,” Los Angeles Fire Chief Kristin Crowley said.", "Los Angeles Fire Chief"),
        ("Cyber Security Minister Clare O'Neil told parliament the attack was “a crime”.", "Cyber Security Minister"),
        ("“We will not pay,” said Federal Cyber Security Minister Clare O'Neil.", "Federal Cyber Security Minister"),
        ("Cybersecurity expert Dr Priya Chandra said: “Once it's out there, it's out there.”", "Cybersecurity expert"),
        ("“We will act,” South Dakota Gov. Kristi Noem said.", "South Dakota Gov."),
    ])
    func rolesBeforeANameAreWhole(paragraph: String, role: String) {
        let analysis = analyze([paragraph])
        #expect(analysis.people.first?.roles.map(\.title) == [role])
    }

    @Test func aNameFollowedByAFigureIsAThing() {
        let analysis = analyze([
            "The regional jet, American Eagle Flight 5342, was arriving from Wichita, Kansas, with 60 passengers.",
            "It was the deadliest U.S. air disaster since November 2001, when 265 people died in the crash of American Airlines Flight 587.",
            "“We are done here,” Mayor Tom Reyes said.",
        ])
        #expect(analysis.people.map(\.name) == ["Tom Reyes"])
    }

    @Test func captionsDoNotCreatePeople() {
        let analysis = analyze(
            ["Governor Paul Otis speaks in the capital on Monday.", "“We are done here,” Mayor Tom Reyes said."], kinds: [.caption, .body])
        #expect(analysis.people.map(\.name) == ["Tom Reyes"])
    }

    @Test func mentionedPeopleWithTitlesAreIndexed() {
        let analysis = analyze(["The strike killed militia commander Omar Dali, officials said.", "Ambassador Rosa Vidal left on Monday."])
        #expect(analysis.people.map(\.name) == ["Omar Dali", "Rosa Vidal"])
        #expect(analysis.people.map(\.id) == ["omar-dali", "rosa-vidal"])
    }

    @Test func titleCaseHeadlinesCreateNoPeople() {
        let analysis = analyze(["Minister Warns Farmers Face Tough Year", "“It will be hard,” Farm Minister Ola Dahl said."], kinds: [.headline, .body])
        #expect(analysis.people.map(\.name) == ["Ola Dahl"])
    }

    @Test func rolesAreRecordedPerSource() throws {
        let documents = [
            makeDocument("a", ["“We will sign,” Defense Secretary Ann Lindqvist said."]),
            makeDocument("b", ["“We will sign,” Ann Lindqvist, the foreign minister, said."]),
        ]
        let person = try #require(QuoteAnalyzer().analyze(documents).people.first)
        #expect(person.roles.map(\.title) == ["Defense Secretary", "foreign minister"])
        #expect(person.roles.map(\.sourceIDs) == [["a"], ["b"]])
    }

    @Test func honoursAreNoRole() throws {
        let analysis = analyze(["“We are not going to do that,” Sir Keir Starmer said.", "“It is over,” Starmer, the prime minister, said."])
        let person = try #require(analysis.people.first)
        #expect(person.roles.map(\.title) == ["prime minister"])
        let mp = try #require(analyze(["Tory MP Sir Iain Duncan Smith said: “Heads should roll.”"]).people.first)
        #expect(mp.roles.map(\.title) == ["Tory MP"])
    }

    /// A capitalised word that opens the sentence is the person's description, not a first name.
    @Test(arguments: ["Survivor", "Witness", "Protester", "Customer"])
    func sentenceOpeningDescriptionIsRole(_ word: String) throws {
        let analysis = analyze(["\(word) Maria Santos told local media: “There was a bang and then everything was upside down.”"])
        let person = try #require(analysis.people.first)
        #expect(person.name == "Maria Santos")
        #expect(person.roles.map(\.title) == [word])
    }

    /// A constituency or county before an office is part of the role.
    @Test(arguments: [
        ("Bolton West MP Phil Brennan said: “People will be furious.”", "Bolton West MP"),
        ("“We found no weapon,” Pinellas County Sheriff Bob Gualtieri said.", "Pinellas County Sheriff"),
    ])
    func placeBeforeAnOfficeIsPartOfTheRole(_ sentence: String, _ role: String) throws {
        let person = try #require(analyze([sentence]).people.first)
        #expect(person.roles.map(\.title) == [role])
    }

    /// "Lomax's barrister, Simon Platt,": the owner's role word before the name is the person's role.
    @Test(arguments: ["barrister", "solicitor", "aide"])
    func possessiveRoleBeforeANameIsTheRole(_ noun: String) throws {
        let analysis = analyze(["Gareth Lomax's \(noun), Simon Platt, said he was “deeply ashamed”."])
        let person = try #require(analysis.people.first { $0.name == "Simon Platt" })
        #expect(person.roles.map(\.title) == [noun])
    }

    /// An appositive right after the speech verb gives the role; a clause that runs into the name does not.
    @Test func appositiveAfterTheVerbGivesRole() throws {
        let analysis = analyze(["“When you cut the people who check the books, this is what happens,” said Unison's regional secretary, Mary Tate."])
        let tate = try #require(analysis.people.first { $0.name == "Mary Tate" })
        #expect(tate.roles.map(\.title) == ["regional secretary"])
        let other = analyze([
            "“It is over,” Tom Ashby said.",
            "The union said talks with the health secretary, Tom Ashby, had collapsed.",
        ])
        #expect(other.people.first?.roles.map(\.title) == [])
    }

    /// "said its chief executive, Dame Clare Moriarty": the apposition is the role, not the courtesy title.
    @Test(arguments: ["Dame", "Sir", "Ms"])
    func courtesyTitleAfterAnAppositionKeepsTheRole(_ title: String) throws {
        let analysis = analyze(["“People cannot heat their homes,” said its chief executive, \(title) Clare Moriarty."])
        let person = try #require(analysis.people.first { $0.name.hasSuffix("Moriarty") })
        #expect(person.roles.map(\.title) == ["chief executive"])
    }

    /// "Consumer group Which?", "Think tank the Resolution Foundation": the word that opens the sentence
    /// describes a body, it is nobody's name.
    @Test func theNounOfABodyBeforeItsNameIsNoPerson() {
        let analysis = analyze([
            "Consumer group Which? said the increase was “a bitter blow”.",
            "Campaign group Fuel Poverty Action called it “a disgrace”.",
            "Think tank the Resolution Foundation said it was “unaffordable”.",
        ])
        #expect(analysis.people.map(\.name) == [])
    }

    /// "Covenant Children's Hospital", "St Mary's Church": a possessive that names a body is no person;
    /// "Esper's Pentagon" still names Esper.
    @Test func aPossessiveNamingABodyIsNoPerson() {
        let analysis = analyze([
            "At Covenant Children's Hospital in Lubbock, doctors have treated 18 children, said Dr. Lara Johnson.",
            "“It is unusual,” said Dr. Paul Offit, an infectious disease expert at Children's Hospital of Philadelphia.",
            "“We are not leaving,” Defense Secretary Mark Esper's Pentagon said.",
        ])
        #expect(analysis.people.map(\.name) == ["Lara Johnson", "Mark Esper", "Paul Offit"])
    }

    /// "Dr. Lara Johnson, chief medical officer at …": the appositive says more than the title of address.
    @Test func anAppositiveBeatsATitleOfAddress() throws {
        let analysis = analyze(["“Measles is contagious,” said Dr. Lara Johnson, chief medical officer at Covenant Hospital."])
        let person = try #require(analysis.people.first)
        #expect(person.roles.map(\.title) == ["chief medical officer at Covenant Hospital"])
    }

    /// "the River South Esk", "Lake Tahoe": a feature of the land before a name makes it a place; a title keeps it a person.
    @Test func aLandFeatureBeforeANameMakesAPlace() {
        let analysis = analyze([
            "A woman was swept away in Glen Esk after the River South Esk burst its banks, said First Minister Humza Yousaf.",
            "Fort Worth Mayor Mattie Parker said “we are ready”.",
        ])
        #expect(analysis.people.map(\.name) == ["Humza Yousaf", "Mattie Parker"])
    }

    /// "Ald." (Chicago's aldermen) is a title, not a person.
    @Test func aldermanIsATitle() {
        let analysis = analyze(["Budget Committee Chair Ald. Jason Ervin said the council had “done the hard work.”"])
        #expect(analysis.people.map(\.name) == ["Jason Ervin"])
    }

    /// Capitalised words before a title that a name follows say what the title is of ("and" still splits them).
    @Test func wordsBeforeATitleAreItsField() throws {
        let analysis = analyze(["Later, Work and Pensions Secretary Liz Kendall said: “The system is broken.”"])
        #expect(analysis.people.map(\.name) == ["Liz Kendall"])
        #expect(analysis.people.map { $0.roles.map(\.title) } == [["Pensions Secretary"]])
    }

    /// "Cal Fire" is an agency and "the Ridge Fire" a wildfire, not people.
    @Test func firesAreNoPeople() {
        let analysis = analyze([
            "The Ridge Fire was 15% contained, according to Cal Fire.",
            "“We are finally getting a handle on it,” Cal Fire said in a statement.",
        ])
        #expect(analysis.people.isEmpty, "\(analysis.people.map(\.name))")
    }

    /// Letters after a name are an office or honour, not part of the name.
    @Test func postNominalLettersAreNoName() throws {
        let analysis = analyze(["Karen Doyle KC, prosecuting, told the court the fraud was “a sustained betrayal of the public”."])
        let person = try #require(analysis.people.first)
        #expect(person.name == "Karen Doyle")
        #expect(person.roles.map(\.title) == ["KC"])
        #expect(analysis.quote(containing: "betrayal").map(analysis.speaker(of:)) == "Karen Doyle")
    }

    @Test func appositiveGivesRole() throws {
        let analysis = analyze(["“It is not simple,” said Ida Brenner, a Swiss political analyst."])
        let person = try #require(analysis.people.first)
        #expect(person.roles.map(\.title) == ["Swiss political analyst"])
    }
}
