package io.wirefeed.service.console;

import java.util.Optional;

import io.wirefeed.edge.HttpReply;
import io.wirefeed.ingest.http.ApiKeys;

/**
 * Who may read the console's data and who may act: any of ingest's API keys reads (as
 * {@code Authorization: Bearer <key>}); only a key with the {@code admin} scope replays. The pages themselves
 * hold no data and are served to anyone; everything they show comes from the API behind the keys.
 */
final class ConsoleAuth {

    private final ApiKeys keys;

    ConsoleAuth(ApiKeys keys) {
        this.keys = keys;
    }

    /** Null when a request with this Authorization header may go on; else the 401 or 403 to answer. */
    HttpReply refusal(String authorization, boolean needsAdmin) {
        Optional<ApiKeys.Scope> scope = keys.scopeOf(authorization);
        if (scope.isEmpty()) {
            // Connection: close leaves the body unread: an unauthenticated sender costs no bandwidth.
            return HttpReply.error(401, "A valid API key is needed: 'Authorization: Bearer <key>'")
                .withHeader("WWW-Authenticate", "Bearer").withHeader("Connection", "close");
        }
        if (needsAdmin && !scope.get().admin()) {
            return HttpReply.error(403, "Replaying takes an API key with the admin scope ('key=admin' in "
                + "http.api.keys)").withHeader("Connection", "close");
        }
        return null;
    }
}
