extension ClaimAnalyzer {
    /// How the claims table is made, for the site's methodology page (Markdown).
    public static let methodology = """
        ### How the claims table is made

        **Finding claims.** Crosscheck reads the articles' body paragraphs for checkable facts: figures with \
        what they count ("about 5,000 troops", "seventy-six countries", with hedges such as *about*, *some* \
        or *more than* noted; a death toll; sums by what they pay for or the act ("stole £2.3m"); a level a named thing rose, fell \
        or stood at, "the waiting list stood at 7.4 million", or shares moved by), days and dates of events ("on Sunday the \
        parliament voted", "was last inspected in 2017"), where something started ("on the third floor"), a vote's tally ("61-38"), ages ("Jane Roe, 29,"), terms ("jailed for six years"), the grade of a storm or \
        quake ("a Category 3 hurricane", "magnitude 6.4", "winds of 120 mph"), a speed ("traveling at 72 mph"), who someone is \
        (service branch, rank and office, from titles such as "Navy Admiral"), and whether something is so ("the letter was signed" against "an unsigned \
        draft"). Quoted words are marked as quotations.

        **Grouping.** Facts about the same thing become one row: figures are compared as numbers, synonyms \
        share one name (troops, soldiers and forces; "forced to evacuate" means evacuated), abbreviations of ranks and days are spelled out, and \
        different spellings of a name count as one person.

        **Status.** A row is *contested* when sources give values that cannot both be true: different \
        figures, a fact and its denial, two tallies of one vote, two services or two offices of the same kind \
        for one person. A count with nothing but its unit ("2.3 million customers"), or a sum, is compared only with \
        figures within a tenth of it that other outlets describe alike (below a thousand, in two words; below ten, equal figures). \
        A figure that is another rounded agrees with it ("46.3%", "46.33%"), unless it keeps one digit ("3,000", "3,400"). \
        Differing approximate figures are shown as a spread rather than as \
        one outlet being wrong; so is a toll that rose between reports. Undated articles take the corpus's commonest year. A row is *corroborated* when two or more independent sources agree and none \
        disagrees, and *single-source* otherwise. Near-copies of one article (wire copy whose text overlaps \
        by more than about 80%, found by MinHash) count as one source.

        **Confidence and trust.** Values and sources are weighed together as in TruthFinder \
        (Yin, Han and Yu, 2007). A value's confidence grows with \
        the trust of the sources that give it; close figures lend each other part of their support, while \
        conflicting values count against each other. A source's trust is the average confidence of its values, \
        recomputed until stable. The reliability score uses it. Trust measures agreement with other \
        outlets, not truth.
        """
}
