import Testing
@testable import RoadmapExport

@Suite struct ChromiumPDFTests {
    @Test func datesAreRewrittenInPlaceWithoutMovingAByte() {
        let pdf = Array("%PDF-1.4\n1 0 obj <</Producer (Skia/PDF)\n/CreationDate (D:20261202185317+00'00')\n/ModDate (D:20261202185317+00'00')>>\nstartxref 42\n".utf8)
        let fixed = ChromiumPDF.settingDates(of: pdf, to: 1_772_359_200)
        #expect(fixed.count == pdf.count)
        #expect(String(decoding: fixed, as: UTF8.self) == "%PDF-1.4\n1 0 obj <</Producer (Skia/PDF)\n/CreationDate (D:20260301100000+00'00')\n/ModDate (D:20260301100000+00'00')>>\nstartxref 42\n")
        // A date of another length is left alone rather than shifting the offsets after it.
        let odd = Array("/CreationDate (D:20261202185317Z)".utf8)
        #expect(ChromiumPDF.settingDates(of: odd, to: 0) == odd)
    }

    @Test func aMissingBrowserIsNamedWithItsPackage() {
        #expect(ChromiumPDF.locate(environment: ["ROADMAP_CHROMIUM": "/nonexistent/chromium"]) == nil)
        #expect(ChromiumPDF.locate(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(ChromiumPDF.Failure.notInstalled.description.contains("apt-get install chromium"))
    }
}
