/// Reads briefing parts written in the contract's shape, from a `.json`/`.yaml` data file or from the
/// front matter of an article, checking every field and naming the line of any that is wrong.
struct ContractReader: Sendable {
    let path: String

    func fail(_ message: String, _ value: YAMLValue) -> Diagnostic {
        .error(message, step: "ingest", path: path, line: value.line, column: value.column)
    }

    func string(_ value: YAMLValue?, _ field: String, required: Bool = false, in parent: YAMLValue? = nil) throws(Diagnostic) -> String? {
        guard let value else {
            if required, let parent { throw fail("missing field '\(field)'", parent) }
            return nil
        }
        guard let s = value.string else { throw fail("'\(field)' must be text", value) }
        if s == "null" || s == "~" { return nil }
        if required && s.isEmpty { throw fail("'\(field)' must not be empty", value) }
        return s
    }

    func int(_ value: YAMLValue?, _ field: String, default fallback: Int) throws(Diagnostic) -> Int {
        guard let value else { return fallback }
        guard let s = value.string, let n = Int(s), n >= 0 else { throw fail("'\(field)' must be a whole number of 0 or more", value) }
        return n
    }

    func list(_ value: YAMLValue?, _ field: String) throws(Diagnostic) -> [YAMLValue]? {
        guard let value else { return nil }
        if value.string == "" || value.string == "null" { return [] }
        guard let items = value.list else { throw fail("'\(field)' must be a list", value) }
        return items
    }

    func map(_ value: YAMLValue, _ field: String) throws(Diagnostic) -> YAMLValue {
        guard value.map != nil else { throw fail("each entry of '\(field)' must be a mapping of fields", value) }
        return value
    }

    func summary(_ value: YAMLValue?) throws(Diagnostic) -> [String]? {
        guard let items = try list(value, "summary") else {
            if let text = value?.string { return [text] }
            return nil
        }
        var out: [String] = []
        for item in items { if let s = try string(item, "summary") { out.append(s) } }
        return out
    }

    func quotes(_ value: YAMLValue?) throws(Diagnostic) -> [Quote]? {
        guard let items = try list(value, "quotes") else { return nil }
        var out: [Quote] = []
        for item in items {
            let entry = try map(item, "quotes")
            out.append(
                Quote(
                    text: try string(entry["text"], "text", required: true, in: entry)!,
                    speaker: try string(entry["speaker"], "speaker"),
                    cue: try string(entry["cue"], "cue"),
                    paragraph: try int(entry["paragraph"], "paragraph", default: 0)))
        }
        return out
    }

    func dates(_ value: YAMLValue?) throws(Diagnostic) -> [DateMention]? {
        guard let items = try list(value, "dates") else { return nil }
        var out: [DateMention] = []
        for item in items {
            let entry = try map(item, "dates")
            let valueText = try string(entry["value"], "value", required: true, in: entry)!
            guard PartialDate(iso: valueText) != nil, let field = entry["value"] else {
                throw fail("'value' must be an ISO 8601 date such as 2016-02-11, 2016-02, 2016, 2016-W06 or --02-11", entry["value"]!)
            }
            _ = field
            out.append(DateMention(text: try string(entry["text"], "text") ?? valueText, value: valueText, paragraph: try int(entry["paragraph"], "paragraph", default: 0)))
        }
        return out
    }

    func timeline(_ value: YAMLValue?) throws(Diagnostic) -> [TimelineEntry]? {
        guard let items = try list(value, "timeline") else { return nil }
        var out: [(PartialDate, TimelineEntry)] = []
        for item in items {
            let entry = try map(item, "timeline")
            let dateText = try string(entry["date"], "date", required: true, in: entry)!
            guard let date = PartialDate(iso: dateText) else {
                throw fail("'date' must be an ISO 8601 date such as 2016-02-11, 2016-02, 2016, 2016-W06 or --02-11", entry["date"]!)
            }
            let event = try string(entry["event"], "event", required: true, in: entry)!
            out.append((date, TimelineEntry(date: dateText, event: event, paragraph: try int(entry["paragraph"], "paragraph", default: 0))))
        }
        // Sorted by date, as the contract says, whatever order the editor wrote them in.
        return out.enumerated().sorted { a, b in a.element.0 == b.element.0 ? a.offset < b.offset : a.element.0 < b.element.0 }.map(\.element.1)
    }

    func actors(_ value: YAMLValue?) throws(Diagnostic) -> [Actor]? {
        guard let items = try list(value, "actors") else { return nil }
        var out: [Actor] = []
        for item in items {
            let entry = try map(item, "actors")
            let name = try string(entry["name"], "name", required: true, in: entry)!
            let kindText = try string(entry["kind"], "kind") ?? "person"
            guard let kind = Actor.Kind(rawValue: kindText) else {
                throw fail("'kind' must be person, organization or place, found '\(kindText)'", entry["kind"]!)
            }
            var aliases: [String] = []
            for alias in try list(entry["aliases"], "aliases") ?? [] {
                if let s = try string(alias, "aliases") { aliases.append(s) }
            }
            out.append(Actor(name: name, kind: kind, role: try string(entry["role"], "role"), aliases: aliases, mentions: max(1, try int(entry["mentions"], "mentions", default: 1)),
                    paragraph: entry["paragraph"] == nil ? nil : try int(entry["paragraph"], "paragraph", default: 0)))
        }
        return out
    }

    /// Front-matter overrides of a `.md` article.
    func overrides(_ fields: [String: YAMLValue]) throws(Diagnostic) -> Overrides {
        Overrides(
            summary: try summary(fields["summary"]), quotes: try quotes(fields["quotes"]),
            timeline: try timeline(fields["timeline"]), actors: try actors(fields["actors"]))
    }
}
