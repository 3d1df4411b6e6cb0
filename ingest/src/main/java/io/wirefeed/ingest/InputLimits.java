package io.wirefeed.ingest;

import java.util.List;

import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.schema.Dispatch;

/**
 * What every input (HTTP, the drop folder, feeds) accepts: documents up to a size, and dispatches up to a version,
 * 1 plus the allowed jump ({@value IngestConfig#MAX_VERSION_JUMP_CONFIG}), so that no sender can make a version of
 * 2147483647 win over every later correction or kill.
 *
 * @param maxBytes   largest document
 * @param maxVersion largest version a dispatch may carry
 */
public record InputLimits(long maxBytes, int maxVersion) {

    /** The largest version with the default jump. */
    public static final int DEFAULT_MAX_VERSION = 1 + (int) IngestConfig.SERVICE_DEF.defaultValues()
        .get(IngestConfig.MAX_VERSION_JUMP_CONFIG);

    /** The limits the configuration sets. */
    public static InputLimits of(IngestConfig config) {
        return new InputLimits(config.maxDocumentBytes(), 1 + config.getInt(IngestConfig.MAX_VERSION_JUMP_CONFIG));
    }

    /** Why the dispatch is refused for its version, or null when it is within the bound. */
    public String versionRefusal(Dispatch dispatch) {
        return dispatch.getVersion() <= maxVersion ? null : "Dispatch " + dispatch.getId() + " has version "
            + dispatch.getVersion() + ", beyond the largest accepted, " + maxVersion + " ("
            + IngestConfig.MAX_VERSION_JUMP_CONFIG + ")";
    }

    /** Refuses a document any of whose dispatches is beyond the version bound. */
    public void checkVersions(List<Dispatch> dispatches) throws InvalidDispatchException {
        for (Dispatch dispatch : dispatches) {
            String refusal = versionRefusal(dispatch);
            if (refusal != null) {
                throw new InvalidDispatchException(refusal);
            }
        }
    }
}
