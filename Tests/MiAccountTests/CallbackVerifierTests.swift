import Foundation
import MiAccount
import Testing

/// The /checkPassword callback of the docs' worked example, and the window around its nonce.
struct CallbackVerifierTests {
    let verifier = CallbackVerifier(clientSecret: "ORhx44qK6Alqf8vt2rGB5f-oPq0")
    /// The nonce's minute, `5964262989045079397:24012419`.
    let minute: TimeInterval = 24_012_419 * 60
    let base = "http://third_url.com/xm?xmResult=true&xmUserId=1909031&code=93D6A6663C1095587F68281E654D5526"
    let sign = "&_xmSign=PwxaQnkN6N99ZAF%2Bp%2Fv%2BhUIB%2Fuw%3D"

    func url(_ text: String) throws -> URL {
        try #require(URL(string: text))
    }

    func genuine() throws -> URL {
        try url(base + "&_xmNonce=5964262989045079397%3A24012419" + sign)
    }

    @Test func acceptsTheDocsCallbackInsideTheWindow() throws {
        let now = Date(timeIntervalSince1970: minute + 60)
        #expect(verifier.check(try genuine(), now: now) == nil)
        #expect(verifier.isAuthentic(try genuine(), now: now))
    }

    /// Five minutes after the nonce's minute ends is the last moment; a second later it has expired.
    @Test(arguments: [
        (60.0 + 300, nil), (60 + 301, CallbackVerifier.Failure.expired), (3600, .expired),
        (0, nil), (-300, nil), (-301, .fromTheFuture), (-86400, .fromTheFuture),
    ])
    func takesCallbacksOnlyInsideTheWindow(_ offset: TimeInterval, _ failure: CallbackVerifier.Failure?) throws {
        let now = Date(timeIntervalSince1970: minute + offset)
        #expect(verifier.check(try genuine(), now: now) == failure)
        #expect(verifier.isAuthentic(try genuine(), now: now) == (failure == nil))
    }

    @Test func takesTheWindowAsAParameter() throws {
        let strict = CallbackVerifier(clientSecret: verifier.clientSecret, maximumAge: 60, maximumSkew: 0)
        #expect(strict.check(try genuine(), now: Date(timeIntervalSince1970: minute + 120)) == nil)
        #expect(strict.check(try genuine(), now: Date(timeIntervalSince1970: minute + 121)) == .expired)
        #expect(strict.check(try genuine(), now: Date(timeIntervalSince1970: minute - 1)) == .fromTheFuture)
    }

    @Test func refusesAnExpiredCallbackByDefault() throws {
        #expect(!verifier.isAuthentic(try genuine()))
        #expect(verifier.check(try genuine()) == .expired)
    }

    @Test(arguments: [
        // Another user, another code, a nonce moved into the window, an edited or cut signature.
        "http://third_url.com/xm?xmResult=true&xmUserId=1909032&code=93D6A6663C1095587F68281E654D5526"
            + "&_xmNonce=5964262989045079397%3A24012419&_xmSign=PwxaQnkN6N99ZAF%2Bp%2Fv%2BhUIB%2Fuw%3D",
        "http://third_url.com/xm?xmResult=true&xmUserId=1909031&code=93D6A6663C1095587F68281E654D5527"
            + "&_xmNonce=5964262989045079397%3A24012419&_xmSign=PwxaQnkN6N99ZAF%2Bp%2Fv%2BhUIB%2Fuw%3D",
        "http://third_url.com/xm?xmResult=true&xmUserId=1909031&code=93D6A6663C1095587F68281E654D5526"
            + "&_xmNonce=5964262989045079397%3A24012420&_xmSign=PwxaQnkN6N99ZAF%2Bp%2Fv%2BhUIB%2Fuw%3D",
        "http://third_url.com/xm?xmResult=true&xmUserId=1909031&code=93D6A6663C1095587F68281E654D5526"
            + "&_xmNonce=5964262989045079397%3A24012419&_xmSign=QwxaQnkN6N99ZAF%2Bp%2Fv%2BhUIB%2Fuw%3D",
        "http://third_url.com/xm?xmResult=true&xmUserId=1909031&code=93D6A6663C1095587F68281E654D5526"
            + "&_xmNonce=5964262989045079397%3A24012419&_xmSign=PwxaQnkN6N99ZAF%2Bp%2Fv%2BhUIB%2Fuw",
        "http://third_url.com/xm?xmResult=false&xmUserId=1909031&code=93D6A6663C1095587F68281E654D5526"
            + "&_xmNonce=5964262989045079397%3A24012419&_xmSign=PwxaQnkN6N99ZAF%2Bp%2Fv%2BhUIB%2Fuw%3D",
    ])
    func refusesTamperedCallbacks(_ text: String) throws {
        let now = Date(timeIntervalSince1970: minute + 60)
        #expect(verifier.check(try url(text), now: now) == .signatureMismatch)
    }

    @Test func saysWhatIsMissingOrMalformed() throws {
        let now = Date(timeIntervalSince1970: minute + 60)
        #expect(verifier.check(try url(base + "&_xmNonce=5964262989045079397%3A24012419"), now: now) == .missingSignature)
        #expect(verifier.check(try url(base + sign), now: now) == .missingNonce)
        #expect(verifier.check(try url(base + "&_xmNonce=24012419" + sign), now: now) == .malformedNonce)
        #expect(verifier.check(try url(base + "&_xmNonce=x%3A24012419" + sign), now: now) == .malformedNonce)
    }

    @Test(arguments: [
        ("PwxaQnkN6N99ZAF+p/v+hUIB/uw=", "PwxaQnkN6N99ZAF+p/v+hUIB/uw=", true),
        ("", "", true),
        ("PwxaQnkN6N99ZAF+p/v+hUIB/uw=", "PwxaQnkN6N99ZAF+p/v+hUIB/uW=", false),
        ("PwxaQnkN6N99ZAF+p/v+hUIB/uw=", "QwxaQnkN6N99ZAF+p/v+hUIB/uw=", false),
        ("PwxaQnkN6N99ZAF+p/v+hUIB/uw=", "PwxaQnkN6N99ZAF+p/v+hUIB/uw", false),
        ("PwxaQnkN6N99ZAF+p/v+hUIB/uw", "PwxaQnkN6N99ZAF+p/v+hUIB/uw=", false),
        ("", "a", false),
        // Equal as Swift strings, not as bytes: signatures are bytes.
        ("\u{E9}", "e\u{301}", false),
    ])
    func comparesInConstantTime(_ lhs: String, _ rhs: String, _ isEqual: Bool) {
        #expect(ConstantTime.equals(lhs, rhs) == isEqual)
    }
}
