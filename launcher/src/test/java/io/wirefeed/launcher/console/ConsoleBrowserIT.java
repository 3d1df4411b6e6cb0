package io.wirefeed.launcher.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.wirefeed.launcher.local.LocalStack;
import io.wirefeed.launcher.local.StackEndpoints;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Stage;
import io.wirefeed.serde.AvroSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium (Debian's chromium and chromium-driver, never a downloaded one), driven by
 * Selenium, against the local stack {@code bin/wirefeed local} runs: a posted dispatch shows in the live feed within
 * 2 s, a filter narrows the feed, a story page shows an update and a kill, a dead letter is replayed from its page.
 * Each page is photographed to {@code target/console-screenshots}; with {@code -Dwirefeed.update-docs=true} the
 * pictures also replace those in {@code docs/console}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration LIVE = Duration.ofSeconds(2);
    /** For what a page loads on request (not the live feed's promise): generous, the machine is shared. */
    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final Path SHOTS = Path.of("target", "console-screenshots");
    private static final Path DOCS = Path.of("..", "docs", "console");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private LocalStack stack;
    private StackEndpoints endpoints;
    private WebDriver browser;
    private Path profile;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
            .as("The console's browser test needs Debian's chromium and chromium-driver (%s, %s): "
                + "apt-get install --no-install-recommends chromium chromium-driver (.ci/run installs them)",
                CHROMIUM, CHROMEDRIVER).isTrue();
        stack = LocalStack.start(dir.resolve("data"));
        endpoints = stack.endpoints();
        profile = Files.createTempDirectory("console-chromium");
        // Selenium Manager is never asked: the driver and the browser are named, so nothing is downloaded.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
            "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .build(), options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    @Order(1)
    void aPostedDispatchShowsInTheLiveFeedWithinTwoSecondsAndItsScriptAsText() throws Exception {
        browser.get(endpoints.console());
        waitFor(PAGE).until(ExpectedConditions.textToBe(By.id("connection"), "live"));
        assertThat(browser.getCurrentUrl()).as("the key leaves the address bar").doesNotContain("key=");
        // The stack's first dispatch pays for schema look-ups and cold code; the 2 s promise is the live feed's.
        post(ninjs("warm-" + run, 1, "usable", "Xinhua", "Warm-up dispatch", "TASHKENT (Xinhua) -- Warming up."));
        waitFor(PAGE).until(ExpectedConditions.presenceOfElementLocated(dispatch("warm-" + run)));

        String headline = "<script>document.title='owned'</script> Kazakhstan opens a grain terminal";
        post(ninjs("grain-" + run, 1, "usable", "Kazinform", headline,
            "ASTANA (Kazinform) -- Kazakhstan opened a grain terminal on the Caspian coast."));
        Instant accepted = Instant.now();
        WebElement shown = waitFor(LIVE).until(ExpectedConditions.presenceOfElementLocated(dispatch("grain-" + run)));
        Duration took = Duration.between(accepted, Instant.now());

        assertThat(took).isLessThanOrEqualTo(LIVE);
        assertThat(shown.findElement(By.className("headline")).getText()).isEqualTo(headline);
        assertThat(shown.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Wirefeed console");
        assertThat(shown.findElements(By.cssSelector("mark.entity.place"))).extracting(WebElement::getText)
            .contains("Kazakhstan");
        screenshot("feed");
    }

    @Test
    @Order(2)
    void aFilterNarrowsTheFeed() throws Exception {
        post(ninjs("afp-" + run, 1, "usable", "AFP", "Kyrgyz miners strike for a second day",
            "BISHKEK (AFP) - Miners in Kyrgyzstan stayed away from work for a second day."));
        waitFor(PAGE).until(ExpectedConditions.presenceOfElementLocated(dispatch("afp-" + run)));

        browser.findElement(By.id("filter-agency")).sendKeys("Kazinform");
        browser.findElement(By.id("filter-apply")).click();
        waitFor(PAGE).until(ExpectedConditions.invisibilityOfElementLocated(dispatch("afp-" + run)));

        List<String> agencies = browser.findElements(By.cssSelector("#feed-list .agency")).stream()
            .map(WebElement::getText).distinct().toList();
        assertThat(agencies).containsExactly("Kazinform");
        assertThat(browser.findElements(dispatch("grain-" + run))).hasSize(1);

        post(ninjs("other-" + run, 1, "usable", "AFP", "Bishkek hosts a transport forum",
            "BISHKEK (AFP) - A transport forum opened in Bishkek."));
        post(ninjs("later-" + run, 1, "usable", "Kazinform", "Astana hosts a transport forum",
            "ASTANA (Kazinform) -- A transport forum opened in Astana."));
        waitFor(PAGE).until(ExpectedConditions.presenceOfElementLocated(dispatch("later-" + run)));
        assertThat(browser.findElements(dispatch("other-" + run))).as("the live feed is filtered too").isEmpty();
        screenshot("feed-filtered");
        browser.findElement(By.id("filter-clear")).click();
    }

    @Test
    @Order(3)
    void aStoryPageShowsItsUpdateAndItsKillInOrder() throws Exception {
        String id = "rail-" + run;
        String body = "TASHKENT (Xinhua) -- Uzbekistan and Kazakhstan agreed to build a railway to Shymkent.";
        post(ninjs(id, 1, "usable", "Xinhua", "Uzbekistan and Kazakhstan agree on rail link", body));
        post(ninjs(id, 2, "usable", "Xinhua", "Uzbekistan and Kazakhstan agree on rail link",
            body + " Construction starts next year."));
        post(ninjs(id, 3, "canceled", "Xinhua", "KILL: Uzbekistan and Kazakhstan agree on rail link",
            "This story has been withdrawn."));
        waitFor(PAGE).until(driver -> driver.findElements(By.cssSelector("#feed-list [data-id='" + id + "']")).size()
            >= 3);

        browser.findElement(By.cssSelector("#feed-list [data-id='" + id + "'] .headline")).click();
        waitFor(PAGE).until(driver -> driver.findElements(By.cssSelector("#story-records .record")).size() >= 3);

        List<String> verdicts = browser.findElements(By.cssSelector("#story-records .record")).stream()
            .map(record -> record.getAttribute("data-verdict")).toList();
        assertThat(verdicts).containsExactly("unique", "update", "kill");
        screenshot("story");
    }

    @Test
    @Order(4)
    void aDeadLetterIsReplayedFromItsPage() throws Exception {
        String id = "letter-" + run;
        deadLetter(ninjs(id, 1, "usable", "Kabar", "Kyrgyz parliament approves the budget",
            "BISHKEK (Kabar) -- Kyrgyzstan's parliament approved next year's budget on Tuesday."));

        browser.get(consoleBase() + "#/dead-letters");
        WebElement row = waitFor(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
            "//table[@id='letters']//tr[td[contains(., 'refused by an older parser')]]")));
        screenshot("dead-letters");
        row.findElement(By.className("replay")).click();

        WebElement result = waitFor(PAGE).until(ExpectedConditions.visibilityOfElementLocated(By.id("replay-result")));
        assertThat(result.getText()).contains("published: " + id + " v1");
        waitFor(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.id("letters"), "Replayed"));
        screenshot("dead-letters-replayed");

        browser.get(consoleBase() + "#/feed");
        waitFor(PAGE).until(ExpectedConditions.presenceOfElementLocated(dispatch(id)));
    }

    @Test
    @Order(5)
    void thePipelineAlertsAndTrendsPagesShowWhatWentThrough() throws Exception {
        browser.get(consoleBase() + "#/pipeline");
        waitFor(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".stage[data-stage='enrich']")));
        assertThat(browser.findElements(By.cssSelector(".stage"))).extracting(e -> e.getAttribute("data-stage"))
            .containsExactly("ingest", "enrich", "connect");
        waitFor(PAGE).until(driver -> !driver.findElements(By.cssSelector(".stage.down")).isEmpty()
            || driver.findElement(By.cssSelector(".stage[data-stage='ingest'] .value")).getText().matches("[1-9].*"));
        assertThat(browser.findElements(By.cssSelector(".stage.down"))).isEmpty();
        // The page reads the metrics again every 5 s; from the second reading on, the counters have rates.
        waitFor(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.id("stages"), "/s"));
        screenshot("pipeline");

        post(ninjs("ct-" + run, 1, "usable", "Interfax", "Bomb attack kills three in Kabul",
            "KABUL (Interfax) - A suicide bomb attack on a police checkpoint killed three officers, the interior "
                + "ministry said; the Taliban claimed the attack as an act of terrorism.", 1));
        browser.get(consoleBase() + "#/alerts");
        waitFor(PAGE).until(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.id("alerts")).getText().contains("Bomb attack kills three in Kabul");
        });
        screenshot("alerts");

        browser.get(consoleBase() + "#/trends/day");
        waitFor(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart svg rect")));
        screenshot("trends");
    }

    private String consoleBase() {
        return endpoints.console().substring(0, endpoints.console().indexOf('#'));
    }

    private static By dispatch(String id) {
        return By.cssSelector("#feed-list [data-id='" + id + "']");
    }

    private WebDriverWait waitFor(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    private void post(String document) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoints.ingest()
                + "/v1/dispatches")).header("Authorization", "Bearer " + endpoints.apiKey())
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(document)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    /** A letter as an older ingest would have written it: the original a valid document today's parsers take. */
    private void deadLetter(String original) {
        String topic = "wirefeed.dead-letters";
        DeadLetter letter = DeadLetter.newBuilder().setStage(Stage.INGEST)
            .setReason("Unsupported ninjs version: refused by an older parser")
            .setErrorType("io.wirefeed.ingest.format.InvalidDispatchException")
            .setOriginal(ByteBuffer.wrap(original.getBytes(StandardCharsets.UTF_8)))
            .setSource("folder:old-" + run + ".json").setContentType("application/json")
            .setFailedAt(Instant.now()).build();
        try (AvroSerializer<DeadLetter> values = new AvroSerializer<>();
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                 ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafka()), new StringSerializer(),
                 new ByteArraySerializer())) {
            values.configure(Map.of("schema.registry.url", endpoints.schemaRegistry()), false);
            producer.send(new ProducerRecord<>(topic, letter.getSource(), values.serialize(topic, letter)));
            producer.flush();
        }
    }

    private static String ninjs(String uri, int version, String status, String agency, String headline, String body) {
        return ninjs(uri, version, status, agency, headline, body, 4);
    }

    private static String ninjs(String uri, int version, String status, String agency, String headline, String body,
                                int urgency) {
        return String.format("{\"uri\": \"%s\", \"version\": %d, \"pubstatus\": \"%s\", \"urgency\": %d, "
            + "\"language\": \"en\", \"copyrightholder\": \"%s\", \"headline\": \"%s\", \"body_text\": \"%s\"}",
            uri, version, status, urgency, agency, headline.replace("\"", "\\\""), body.replace("\"", "\\\""));
    }

    private void screenshot(String name) throws IOException {
        Path shot = SHOTS.resolve(name + ".png");
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        if (Boolean.getBoolean("wirefeed.update-docs")) {
            Files.createDirectories(DOCS);
            Files.copy(shot, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
