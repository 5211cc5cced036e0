import CrosscheckModel
import Testing

@testable import CrosscheckQuotes

struct SpeakerCase: Sendable, CustomTestStringConvertible {
    let paragraphs: [String]
    let snippet: String
    /// Canonical name for a person, else the label the text gives.
    let speaker: String
    var kind: Quote.SpeakerKind = .person
    var testDescription: String { paragraphs.last ?? "" }
}

@Suite struct SpeakerTests {
    static let cases: [SpeakerCase] = [
        // Speech verbs in both orders, with titles and appositives.
        SpeakerCase(paragraphs: ["“We will rebuild the bridge,” Mayor Jane Holloway said."], snippet: "rebuild", speaker: "Jane Holloway"),
        SpeakerCase(paragraphs: ["“The plan is sound,” said Transport Secretary Omar Bakri in a statement."], snippet: "plan is sound", speaker: "Omar Bakri"),
        SpeakerCase(paragraphs: ["“Nobody was hurt,” Hugh Hill, a doctor at the clinic, said."], snippet: "Nobody", speaker: "Hugh Hill"),
        SpeakerCase(paragraphs: ["Senator Ruth Calder continued: “We need the money now.”"], snippet: "money", speaker: "Ruth Calder"),
        SpeakerCase(paragraphs: ["“Funding will rise next year,” according to Finance Minister Lena Park."], snippet: "Funding", speaker: "Lena Park"),
        SpeakerCase(paragraphs: ["Police Chief Dana Wolfe told reporters, “We have a suspect in custody.”"], snippet: "suspect", speaker: "Dana Wolfe"),
        SpeakerCase(paragraphs: ["“Prices will keep climbing all winter,” economist Rita Banerjee warned."], snippet: "Prices", speaker: "Rita Banerjee"),
        SpeakerCase(paragraphs: ["“The vote is final,” Chair Nora Quist stressed."], snippet: "vote is final", speaker: "Nora Quist"),
        SpeakerCase(paragraphs: ["“We never saw the report,” Judge Omar Feld explained to the jury."], snippet: "never saw", speaker: "Omar Feld"),
        SpeakerCase(paragraphs: ["Governor Paul Otis said that “the state will not back down.”"], snippet: "back down", speaker: "Paul Otis"),
        SpeakerCase(paragraphs: ["In the memo, Director Ian Moss wrote that staff “must return to the office by June.”"], snippet: "return", speaker: "Ian Moss"),
        // Verbs that rewritten or translated copy uses.
        SpeakerCase(paragraphs: ["Council leader Tom Reyes spoke on Monday.", "“We will open the park in May,” Reyes extra."], snippet: "park", speaker: "Tom Reyes"),
        SpeakerCase(paragraphs: ["“The talks went well,” chief negotiator Sam Odede informed reporters."], snippet: "talks", speaker: "Sam Odede"),
        SpeakerCase(paragraphs: ["“Our budget is balanced,” Treasurer Kim Alvarez reported in a statement."], snippet: "budget", speaker: "Kim Alvarez"),
        SpeakerCase(paragraphs: ["“The road will reopen,” Highways Commissioner Bo Lind stated."], snippet: "road", speaker: "Bo Lind"),
        SpeakerCase(paragraphs: ["“Safety will drive our decisions,” FAA Administrator Mike Whitaker said."], snippet: "Safety", speaker: "Mike Whitaker"),
        // Pronouns go to the last person the text made its subject or speaker.
        SpeakerCase(paragraphs: ["Coach Maria Lopez praised the team after the match.", "“They played with heart,” she said."], snippet: "heart", speaker: "Maria Lopez"),
        SpeakerCase(paragraphs: ["Governor Paul Otis met Mayor Ann Cole on Friday.", "“We agreed on the budget,” he said."], snippet: "agreed", speaker: "Paul Otis"),
        SpeakerCase(paragraphs: ["Judge Ben Ortiz spoke first.", "He added: “The court will rule in May.”"], snippet: "court", speaker: "Ben Ortiz"),
        SpeakerCase(paragraphs: ["“We are ready,” Captain Ida Moreau said.", "Rain fell over the harbour all week.", "“The boats stay in port,” she added."], snippet: "boats", speaker: "Ida Moreau"),
        // The person a sentence reports is a likelier antecedent than an earlier speaker.
        SpeakerCase(
            paragraphs: [
                "“We will grieve together,” Mayor Frank Delgado said.",
                "Among the dead was teacher Linda Park, who rode the train each week, her husband, James Park, said.",
                "“She loved those kids,” he said.",
            ], snippet: "loved those kids", speaker: "James Park"),
        // A lede's title is named in the next paragraph.
        SpeakerCase(
            paragraphs: [
                "Doctors were accused of putting lives at risk as the Health Secretary said their strike was “unjustified and unaffordable”.",
                "Health Secretary Tom Ashby said patients would pay the price for the walkout.",
            ], snippet: "unaffordable", speaker: "Tom Ashby"),
        // "the Arsenal manager" is not the man another outlet calls the Chelsea manager.
        SpeakerCase(
            paragraphs: [
                "Chelsea manager Mauricio Pochettino said his side \u{201C}started too slowly\u{201D}.",
                "Mikel Arteta praised his players.",
                "\u{201C}We were outstanding,\u{201D} the Arsenal manager said.",
            ], snippet: "outstanding", speaker: "the Arsenal manager", kind: .anonymous),
        // "said Lomax had spent …": a name that opens what was said is not who said it.
        SpeakerCase(
            paragraphs: [
                "“I am sorry,” Gareth Lomax said in a statement before the hearing.",
                "Prosecutor Karen Doyle said Lomax had spent the money on holidays.",
                "“This was a sustained and calculated betrayal of the public,” she told the court.",
            ], snippet: "betrayal", speaker: "Karen Doyle"),
        // An appositive name after a long opening phrase with an abbreviation in brackets is the subject.
        SpeakerCase(
            paragraphs: [
                "The head of the National Transportation Safety Board (NTSB), Laura Menendez, said the speed was “a significant overspeed” but warned it was “a fact, not a cause”."
            ], snippet: "not a cause", speaker: "Laura Menendez"),
        // Continuations keep the previous speaker.
        SpeakerCase(paragraphs: ["“The storm hit hard,” Fire Chief Leo Grant said.", "“We lost three homes on the hill.”"], snippet: "three homes", speaker: "Leo Grant"),
        SpeakerCase(paragraphs: ["“The storm hit hard,” Fire Chief Leo Grant said. “We lost three homes.”"], snippet: "three homes", speaker: "Leo Grant"),
        SpeakerCase(paragraphs: ["Fire Chief Leo Grant said: “The storm hit hard and fast.", "“We lost three homes, and we will rebuild them.”"], snippet: "rebuild them", speaker: "Leo Grant"),
        // Documents, and the people who wrote or signed them.
        SpeakerCase(paragraphs: ["“We will close the plant in June,” the letter read."], snippet: "close the plant", speaker: "the letter", kind: .document),
        SpeakerCase(paragraphs: ["The letter was signed by Colonel Ruth Adams.", "“We regret the delay,” the letter said."], snippet: "regret", speaker: "Ruth Adams", kind: .document),
        SpeakerCase(paragraphs: ["“We regret the delay,” read a letter from Colonel Ruth Adams."], snippet: "regret", speaker: "Ruth Adams", kind: .document),
        SpeakerCase(paragraphs: ["“Stocks are low,” the statement said. It was signed by Minister Eva Sol."], snippet: "Stocks", speaker: "Eva Sol", kind: .document),
        // Organisations and unnamed sources keep their label and no person.
        SpeakerCase(paragraphs: ["“The claims are false,” the White House said."], snippet: "claims", speaker: "the White House", kind: .organization),
        SpeakerCase(paragraphs: ["“No troops will move,” the Pentagon said in a statement."], snippet: "troops", speaker: "the Pentagon", kind: .organization),
        SpeakerCase(paragraphs: ["“The deal is dead,” a senior administration official said."], snippet: "deal", speaker: "a senior administration official", kind: .anonymous),
        SpeakerCase(paragraphs: ["Officials said the border would “stay closed until further notice.”"], snippet: "stay closed", speaker: "Officials", kind: .anonymous),
        // A participle's speaker is the subject of its clause.
        SpeakerCase(paragraphs: ["Mayor Ann Cole met the envoy Tom Dunn on Tuesday, telling him the city was “ready to help at once.”"], snippet: "ready to help", speaker: "Ann Cole"),
        // A bare surname links to the person named before.
        SpeakerCase(paragraphs: ["Defense Minister Karl Brandt visited the base.", "“We stand ready,” Brandt said."], snippet: "stand ready", speaker: "Karl Brandt"),
        // A title standing for its holder; a question followed by its attribution.
        SpeakerCase(paragraphs: ["President Ada Moyo opened the summit.", "The President said, “we are grateful to our hosts.”"], snippet: "grateful", speaker: "Ada Moyo"),
        SpeakerCase(paragraphs: ["“Where is the money?” Senator Rhys Bell asked."], snippet: "money", speaker: "Rhys Bell"),
        SpeakerCase(paragraphs: ["“We will rebuild,” Secretary of the Interior Dana Crowe said."], snippet: "rebuild", speaker: "Dana Crowe"),
        SpeakerCase(paragraphs: ["“It will pass,” Ivo Lenz, 61, told The Daily Courier."], snippet: "pass", speaker: "Ivo Lenz"),
        SpeakerCase(paragraphs: ["“Nobody warned us,” said one resident, who asked not to be named."], snippet: "warned", speaker: "one resident", kind: .anonymous),
        SpeakerCase(paragraphs: ["Its leader, Jonas Berg, said: “We will stand in every seat.”"], snippet: "every seat", speaker: "Jonas Berg"),
        SpeakerCase(paragraphs: ["Councillor Tom Hale lost his barn in the fire.", "“It was all we had,” the 58-year-old said."], snippet: "all we had", speaker: "Tom Hale"),
        SpeakerCase(paragraphs: ["“Prices will fall,” the company said in a statement."], snippet: "Prices", speaker: "the company", kind: .organization),
        SpeakerCase(paragraphs: ["The union pressed on, with its leader, Mara Kohl, saying: “The strike goes on.”"], snippet: "strike goes on", speaker: "Mara Kohl"),
        SpeakerCase(paragraphs: ["Coach Ines Ruiz was defiant after the loss. “We will be back next season.”"], snippet: "next season", speaker: "Ines Ruiz"),
        // Surnames that are also titles, British courtesy titles, unnamed spokespeople.
        SpeakerCase(paragraphs: ["'Nobody wants this,' Ms Bishop told the paper."], snippet: "Nobody", speaker: "Bishop"),
        SpeakerCase(paragraphs: ["Its housing chief, Cllr Ellie King, said the cuts were 'unavoidable this year'."], snippet: "unavoidable", speaker: "Ellie King"),
        SpeakerCase(paragraphs: ["A council spokesman said: 'We will keep talking.'"], snippet: "keep talking", speaker: "a council spokesman", kind: .anonymous),
        // "of" and "for" inside a capitalised name: the speaker is the whole name, or the role noun after it.
        SpeakerCase(paragraphs: ["A Department for Transport spokesperson said the offer was 'the best in a generation'."], snippet: "best in a", speaker: "a Department for Transport spokesperson", kind: .anonymous),
        SpeakerCase(paragraphs: ["“Rates will stay where they are,” the Bank of England said."], snippet: "Rates", speaker: "the Bank of England", kind: .organization),
        SpeakerCase(paragraphs: ["“We will appeal,” said the party's leader, Nora Vik."], snippet: "appeal", speaker: "Nora Vik"),
        // The subject of a later verb, named in commas after its title.
        SpeakerCase(paragraphs: ["The environment secretary, Ann Vale, declined to comment on the case but told MPs last week that fines would be “unlimited” in future."], snippet: "unlimited", speaker: "Ann Vale"),
        // A person "of" a place is that person; a possessive's role words lead to the name in apposition.
        SpeakerCase(paragraphs: ["President Ivo Lenz of Ukraine said: “We will not give up.”"], snippet: "give up", speaker: "Ivo Lenz"),
        SpeakerCase(paragraphs: ["“We want peace,” said Saudi Arabia's crown prince, Omar bin Saad."], snippet: "peace", speaker: "Omar bin Saad"),
        // Local American offices are titles too.
        SpeakerCase(paragraphs: ["Councilmember Tim Ames, who chairs the committee, said: “We need a hearing.”"], snippet: "hearing", speaker: "Tim Ames"),
        // First names spelt like a nationality or a creed.
        SpeakerCase(paragraphs: ["Gov. Brian Kemp said in a statement: “We will appeal.”"], snippet: "appeal", speaker: "Brian Kemp"),
        SpeakerCase(paragraphs: ["Finance Minister Christian Lindner said: “The budget is sound.”"], snippet: "sound", speaker: "Christian Lindner"),
        // Courtesy titles tell "he" from "she".
        SpeakerCase(paragraphs: ["Ms Ada Lund thanked Mr Piet Olsen for his work.", "“It was a team effort,” she said."], snippet: "team effort", speaker: "Ada Lund"),
        // A woven-in fragment takes the verb before it; nouns that look like verbs are not verbs.
        SpeakerCase(paragraphs: ["An aide said the talks were “cordial and long” while Governor Tim Ash called them “a waste of time.”"], snippet: "cordial", speaker: "an aide", kind: .anonymous),
        SpeakerCase(paragraphs: ["Mayor Ivo Sand said Judge Ann Roe's comment was “deeply unhelpful to everyone.”"], snippet: "unhelpful", speaker: "Ivo Sand"),
        SpeakerCase(paragraphs: ["Coach Lena Dahl met the press.", "But she noted that Mayor Olaf Berg had stayed away, and added, “We miss his support.”"], snippet: "miss his", speaker: "Lena Dahl"),
        SpeakerCase(paragraphs: ["Council 'broke its promise', campaigners say."], snippet: "promise", speaker: "campaigners", kind: .anonymous),
        // A fragment that is the object of "continue" is not said by the verb's subject.
        SpeakerCase(paragraphs: ["Minister Rui Vaz spoke on Tuesday.", "He added that talks would continue “for as long as it takes”."], snippet: "as long as", speaker: "Rui Vaz"),
        SpeakerCase(paragraphs: ["Police shut a site they described as a “one-stop fraud shop,” the city's Transit Police Service said."], snippet: "fraud shop", speaker: "the city's Transit Police Service", kind: .organization),
        // Headlines: `'...': Name`.
        SpeakerCase(paragraphs: ["'We will not resign': Premier Joan Hale defies critics"], snippet: "resign", speaker: "Joan Hale"),
    ]

    @Test(arguments: cases)
    func attributes(_ c: SpeakerCase) throws {
        let analysis = analyze(c.paragraphs)
        let quote = try #require(analysis.quote(containing: c.snippet))
        #expect(analysis.speaker(of: quote) == c.speaker)
        #expect(quote.speakerKind == c.kind)
        if c.kind == .organization || c.kind == .anonymous { #expect(quote.personID == nil) }
    }

    @Test func shortSurnamesWithOneKeyStayApart() {
        // "Lomo" and "Lima" fold to one transliteration key but are different names.
        let analysis = analyze(["Director Lomo and Governor Lima met.", "“We agree,” Lomo said.", "“We do not,” Lima said."])
        #expect(analysis.people.map(\.name) == ["Lima", "Lomo"])
    }

    @Test func sameSurnameDifferentFirstNamesStayApart() throws {
        let analysis = analyze([
            "Senator Amy Ward and her brother, Mayor Luke Ward, spoke on Monday.",
            "“We disagree on taxes,” Luke Ward said.", "“We agree on schools,” Amy Ward said.",
        ])
        let luke = try #require(analysis.quote(containing: "taxes"))
        let amy = try #require(analysis.quote(containing: "schools"))
        #expect(luke.personID != nil && amy.personID != nil && luke.personID != amy.personID)
    }
}
