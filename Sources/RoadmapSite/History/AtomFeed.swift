import RoadmapHistory

/// `feed.xml`: the latest roadmap changes as an Atom 1.0 feed (RFC 4287).
///
/// Written by hand rather than through Mustache because XML needs its own escaping; every value
/// from git goes through `escape`. Ids are tag URIs (RFC 4151) named after the history's first
/// commit, so they stay the same when the site moves to another address.
enum AtomFeed {
    /// Entries in the feed, newest first.
    static let entryLimit = 50

    static func render(_ entries: [FeedEntry], model: SiteModel, history: SiteHistory) -> String {
        let base = model.site.baseURL
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "<id>\(escape(history.tagBase))</id>\n"
        xml += "<title>\(escape(model.site.title + ": roadmap changes"))</title>\n"
        xml += "<updated>\(escape(history.lastCommit.timestamp))</updated>\n"
        xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(base + SitePath.feed))\"/>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(base + SitePath.changes))\"/>\n"
        xml += "<generator>\(escape(model.options.generatorVersion))</generator>\n"
        for entry in entries {
            let page = model.pageURL(entry.itemID) ?? SitePath.changes
            let author = entry.authorName.isEmpty ? "unknown" : entry.authorName
            xml += "<entry>\n"
            xml += "<id>\(escape(history.tagBase + "/" + tagSpecific(entry.id)))</id>\n"
            xml += "<title>\(escape(title(entry, words: history.words)))</title>\n"
            xml += "<updated>\(escape(entry.updated))</updated>\n"
            xml += "<author><name>\(escape(author))</name></author>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(base + page))\"/>\n"
            if entry.isSlip { xml += "<category term=\"slip\"/>\n" }
            xml += "<summary>\(escape(summary(entry, words: history.words)))</summary>\n"
            xml += "</entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }

    /// `Saved cards (saved-cards): status planned → shipped`, with `(slip)` once when the
    /// change moved a date later.
    static func title(_ entry: FeedEntry, words: ChangeText) -> String {
        let text = entry.events.map { words.event($0, item: entry.itemID, kind: entry.kind) }.joined(separator: ", ")
        return words.name(entry.itemID) + ": " + text + (entry.isSlip ? " (slip)" : "")
    }

    /// The commit's subject (the why of the change), or the change itself when it has none.
    static func summary(_ entry: FeedEntry, words: ChangeText) -> String {
        entry.summary.isEmpty ? title(entry, words: words) : entry.summary
    }

    /// Text or attribute value for XML: the five special characters escaped, and the control
    /// characters XML 1.0 forbids dropped (a commit may carry them; a parser would reject the feed).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Percent-encodes what a tag URI's specific part does not allow (slashes stay).
    static func tagSpecific(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let ok = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
            if ok {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
