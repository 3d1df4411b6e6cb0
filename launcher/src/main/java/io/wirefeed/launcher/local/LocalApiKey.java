package io.wirefeed.launcher.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/** The local stack's ingest API key: made once, kept (readable by its owner only) in the data directory. */
final class LocalApiKey {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private LocalApiKey() {
    }

    static String in(Path dataDir) throws IOException {
        Path file = dataDir.resolve("ingest-api-key");
        if (Files.exists(file)) {
            // A key an earlier version wrote before restricting it: owner-only from now on.
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(dataDir);
        // Owner-only from the moment it exists: written first and restricted afterwards, it would be readable by
        // whoever the umask lets in until then (and for good if the process died in between).
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
        return key;
    }
}
