/// A board page: columns of cards (by status, by horizon or by quarter), or the status board
/// split into team swimlanes; tabs lead to the other boards.
struct BoardContent: ViewModel {
    enum Kind: String, Sendable {
        case status, horizons, quarters

        var title: String {
            switch self {
            case .status: "By status"
            case .horizons: "Now, next, later"
            case .quarters: "By quarter"
            }
        }

        /// The board's own page (the home page repeats one of them).
        var path: String { "board/\(rawValue).html" }
    }

    struct Tab: ViewModel, Sendable {
        let label: String
        let url: String
        let count: Int
        let current: Bool

        func value(named name: String) -> Any? {
            switch name {
            case "label": label
            case "url": url
            case "count": count
            case "current": current
            default: nil
            }
        }

        func fingerprint(into hasher: inout StableHasher) { hasher.add(label, url, count, current) }
    }

    let kind: Kind
    let heading: String
    let tabs: [Tab]
    let columns: [ColumnView]
    /// Open work the Now / Next / Later board cannot place (only on that board).
    let unscheduled: ColumnView?
    /// The status board's page of team swimlanes, when there are teams to split by.
    let swimlanesURL: String?
    /// Rows of the swimlane page; `columns` then only head the table.
    let swimlanes: [SwimlaneView]
    /// Cards on this board.
    let total: Int
    /// PRDs not done or dropped.
    let openCount: Int

    func value(named name: String) -> Any? {
        switch name {
        case "kind": kind.rawValue
        case "isStatus": kind == .status
        case "isHorizons": kind == .horizons
        case "isQuarters": kind == .quarters
        case "heading": heading
        case "tabs": tabs
        case "columns": columns
        case "unscheduled": orAbsent(unscheduled)
        case "swimlanesURL": orAbsent(swimlanesURL)
        case "swimlanes": swimlanes
        case "hasSwimlanes": !swimlanes.isEmpty
        case "total": total
        case "openCount": openCount
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(kind.rawValue, heading)
        hasher.add(tabs, columns, unscheduled, swimlanesURL, swimlanes)
        hasher.add(total, openCount)
    }
}

/// One team's row of the status board: a cell per status.
struct SwimlaneView: ViewModel, Sendable {
    let name: String
    let anchor: String
    /// The team's list of every PRD, where a full cell leads.
    let url: String
    let cells: [ColumnView]
    let total: Int

    func value(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "anchor": anchor
        case "url": url
        case "cells": cells
        case "total": total
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) { hasher.add(name, anchor, url, cells, total) }
}

/// The timeline, or one team's part of it.
struct TimelineContent: ViewModel {
    let heading: String
    let groups: [TimelineGroupView]
    let pager: PagerView
    let upURL: String?
    let quarterRange: String?
    /// Some bar depends on another drawn beside it: the page offers to show the lines.
    var hasDependencies = false
    /// Some bar's plan slipped: its first span is drawn faintly behind it.
    var hasSlips = false
    /// The day marked on the drawing, when it falls inside it.
    var today: String? = nil

    func value(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "groups": groups
        case "pager": pager
        case "upURL": orAbsent(upURL)
        case "quarterRange": orAbsent(quarterRange)
        case "hasDependencies": hasDependencies
        case "hasSlips": hasSlips
        case "today": orAbsent(today)
        default: nil
        }
    }

    func fingerprint(into hasher: inout StableHasher) {
        hasher.add(heading, groups, pager, upURL, quarterRange)
        hasher.add(hasDependencies, hasSlips, today)
    }
}
