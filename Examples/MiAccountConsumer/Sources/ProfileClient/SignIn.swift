import Foundation
import MiAccountRuntime

/// The app's own code, written against the types the plugin generates from docs/.
public enum SignIn {
    /// The URL that starts the authorization code grant for the profile and openId scopes.
    public static func authorizeURL(clientID: Int64, redirectURI: String, state: String) -> URL {
        GetAuthorizationCodeRequest(clientID: clientID, redirectURI: redirectURI, scope: [.profile, .openID], state: state)
            .makeURL()
    }
}
