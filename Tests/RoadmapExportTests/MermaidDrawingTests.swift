import RoadmapCore
import Testing
@testable import RoadmapExport

/// The dependency drawing as Mermaid: ids are positions, every title escaped, edges styled.
struct MermaidDrawingTests {
    static func node(_ id: String, _ title: String, _ category: StatusCategory, critical: Bool = false) -> DependencyDrawing.Node {
        .init(id: ItemID(id)!, title: title, status: "planned", category: category, end: nil, onCriticalPath: critical, isCenter: false)
    }

    @Test func hostileTitlesCannotBreakTheDiagram() {
        let drawing = DependencyDrawing(
            nodes: [Self.node("b", "x\"] --> evil[\"y\n%% comment", .early), Self.node("a", "<b>bold</b> & `code` |pipe| ;:#", .active, critical: true),
                    Self.node("c", "C", .done, critical: true)],
            edges: [.init(dependency: ItemID("a")!, dependent: ItemID("c")!, breaksDateRule: false, onCriticalPath: true),
                    .init(dependency: ItemID("a")!, dependent: ItemID("b")!, breaksDateRule: true, onCriticalPath: false)])
        let text = MermaidExport().graph(drawing)
        #expect(text == """
            flowchart LR
                p1["#lt;b#gt;bold#lt;/b#gt; #amp; #96;code#96; #124;pipe#124; #59;#58;#35;<br>planned"]
                p2["x#quot;#93; --#gt; evil#91;#quot;y #37;#37; comment<br>planned"]
                p3["C<br>planned"]
                p1 -.-> p2
                p1 ==> p3
                classDef early fill:#ede9fe,color:#4c1d95,stroke:#4c1d95
                class p2 early
                classDef active fill:#dbeafe,color:#1e3a8a,stroke:#1e3a8a
                class p1 active
                classDef done fill:#dcfce7,color:#14532d,stroke:#14532d
                class p3 done
                classDef critical stroke:#b45309,stroke-width:3px
                class p1,p3 critical
                linkStyle 1 stroke:#b45309,stroke-width:3px
                linkStyle 0 stroke:#c0392b,stroke-dasharray:5 3

            """)
    }
}
