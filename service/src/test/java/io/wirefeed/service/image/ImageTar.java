package io.wirefeed.service.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An image as {@code jib:buildTar} writes it (Docker's {@code docker load} format): {@code manifest.json} naming the
 * config and the layers, each layer a gzipped tar. Read whole, once: the file names in every layer and the config.
 */
record ImageTar(JsonNode config, List<Layer> layers) {

    /** One layer: the regular files it adds with their sizes in bytes, and its directories with their modes. */
    record Layer(String name, long compressedBytes, Map<String, Long> files, Map<String, Integer> directories) {
    }

    static ImageTar read(Path tar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isFile()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
            ObjectMapper json = new ObjectMapper();
            JsonNode manifest = json.readTree(entries.get("manifest.json")).get(0);
            JsonNode config = json.readTree(entries.get(manifest.path("Config").asText()));
            List<Layer> layers = new ArrayList<>();
            for (JsonNode layer : manifest.path("Layers")) {
                byte[] gzipped = entries.get(layer.asText());
                layers.add(layer(layer.asText(), gzipped));
            }
            return new ImageTar(config, layers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the image tar " + tar, e);
        }
    }

    private static Layer layer(String name, byte[] gzipped) throws IOException {
        Map<String, Long> files = new HashMap<>();
        Map<String, Integer> directories = new HashMap<>();
        try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped));
             TarArchiveInputStream in = new TarArchiveInputStream(unzipped)) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String path = absolute(entry.getName());
                if (entry.isFile()) {
                    files.put(path, entry.getSize());
                } else if (entry.isDirectory()) {
                    directories.put(path.replaceFirst("/$", ""), entry.getMode() & 07777);
                }
            }
        }
        return new Layer(name, gzipped.length, files, directories);
    }

    private static String absolute(String name) {
        String path = name.startsWith("./") ? name.substring(1) : name;
        return path.startsWith("/") ? path : "/" + path;
    }

    /** Every file of every layer. */
    Map<String, Long> files() {
        Map<String, Long> all = new HashMap<>();
        layers.forEach(layer -> all.putAll(layer.files()));
        return all;
    }

    /** Every directory of every layer, with its mode (the last layer's, where several name it). */
    Map<String, Integer> directories() {
        Map<String, Integer> all = new HashMap<>();
        layers.forEach(layer -> all.putAll(layer.directories()));
        return all;
    }
}
