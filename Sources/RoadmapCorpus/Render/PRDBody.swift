/// The Markdown body of a PRD: its sections' first blocks, then extra blocks until the size target.
///
/// Layout decisions (which sections, which block where) come from one generator and each
/// block's text from its own, so an edit that rewrites one block leaves the others unchanged,
/// as a person's edit would.
struct PRDBody {
    /// Bodies stay below 10 KB whatever the target and the edits.
    static let hardCap = 10_000

    let prd: PRDState
    let world: World

    func render() -> String {
        let topic = makeTopic()
        let salts = editSalts()
        func rng(_ block: Int) -> SplitMix64 {
            SplitMix64(prd.bodySeed, 1, UInt64(block), UInt64(salts[block, default: 0]))
        }
        var layout = SplitMix64(prd.bodySeed, 0)
        var sections = SectionPlan.layout(&layout, target: prd.bodyTarget)
        for s in sections.indices {
            var r = rng(sections[s].firstBlock)
            let first = sections[s].heading == "Success metrics" ? successMetrics(&r, topic) : sections[s].first.make(&r, topic)
            sections[s].blocks = [first]
        }
        if let dependencies = PRDLinks.dependencies(prd, world) {
            sections.append(SectionPlan(heading: "Dependencies", firstBlock: 12, first: .intro, growth: [], weight: 0, blocks: [dependencies]))
        }
        if let related = PRDLinks.related(prd, world) {
            sections.append(SectionPlan(heading: "Related work", firstBlock: 13, first: .intro, growth: [], weight: 0, blocks: [related]))
        }
        var introRNG = rng(0)
        let intro = BlockKind.intro.make(&introRNG, topic)

        var size = "# \(prd.title)\n\n".utf8.count + intro.utf8.count + 2
        for section in sections { size += section.heading.utf8.count + 5 + section.blocks.reduce(0) { $0 + $1.utf8.count + 2 } }
        var block = 20
        // A body meant to be larger than the cap (the large-bodies shape) draws its growth with
        // replacement and may grow to its target; every other body is exactly as it always was.
        let large = prd.bodyTarget > PRDBody.hardCap
        let cap = large ? prd.bodyTarget + PRDBody.hardCap : PRDBody.hardCap
        while size < prd.bodyTarget {
            let weights = sections.map { $0.growth.isEmpty ? 0 : $0.weight }
            guard weights.contains(where: { $0 > 0 }) else { break }
            let s = layout.weighted(weights)
            let pick = layout.below(sections[s].growth.count)
            let kind = large ? sections[s].growth[pick] : sections[s].growth.remove(at: pick)
            var r = rng(block)
            block += 1
            let text = kind.make(&r, topic)
            if size + text.utf8.count + 2 > cap { break }
            sections[s].blocks.append(text)
            size += text.utf8.count + 2
        }

        var out = "# \(prd.title)\n\n\(intro)\n"
        for section in sections {
            out += "\n## \(section.heading)\n"
            for text in section.blocks { out += "\n\(text)\n" }
        }
        return out
    }

    /// How often each of the first six blocks was rewritten by the PRD's body edits.
    private func editSalts() -> [Int: Int] {
        var salts: [Int: Int] = [:]
        guard prd.revision > 0 else { return salts }
        for edit in 1...prd.revision { salts[Int(SplitMix64.mix([prd.bodySeed, 7, UInt64(edit)]) % 6), default: 0] += 1 }
        return salts
    }

    private func makeTopic() -> Topic {
        let metrics = prd.okrs.compactMap { link -> String? in
            guard let kr = link.keyResult else { return nil }
            return world.objectives[link.objective].keyResults[kr].title.lowercased()
        }
        let systems = ProductWords.systems
        return Topic(title: prd.title, feature: prd.feature, persona: prd.persona,
                     system: systems[Int(prd.bodySeed % UInt64(systems.count))], team: Names.team(prd.team), metrics: metrics)
    }

    private func successMetrics(_ rng: inout SplitMix64, _ topic: Topic) -> String {
        var lines = prd.okrs.map { link -> String in
            let objective = world.objectives[link.objective]
            if let kr = link.keyResult {
                return "- Move \(objective.metricPhrase(kr)) (`\(world.reference(link))`)."
            }
            return "- Contribute to *\(objective.title)* (`\(objective.id)`)."
        }
        lines += Prose.sentences(Sentences.metric, rng.within(1...3), &rng, topic).map { "- \($0)" }
        return lines.joined(separator: "\n")
    }
}
