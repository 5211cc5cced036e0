extension Set {
    /// Whether a member other than `member` is here: asked of the sources of a wording or a name
    /// order, without copying a set that may hold thousands to subtract one.
    func hasMember(besides member: Element) -> Bool {
        count > (contains(member) ? 1 : 0)
    }
}
