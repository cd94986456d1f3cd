package org.hamgam.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hamgam.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A reviewer's session in a real headless Chromium, driven through Selenium and Debian's chromedriver: split,
 * merge, edit and accept with the keyboard, then the XLIFF on disk says so. Screenshots go to
 * {@code target/review-browser/}. Skipped when Chromium is not installed, except under {@code CI=true}.
 */
class ReviewBrowserTest {
    private static final Path SHOTS = Path.of("target", "review-browser").toAbsolutePath();
    private static final String SEED = ReviewFixture.SEED;
    private static final String XLIFF2 = "urn:oasis:names:tc:xliff:document:2.0";

    @TempDir
    Path tmp;

    private Path output;
    private ReviewServer server;
    private WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        Browser.requireDriver();
        output = ReviewFixture.output(tmp);
        server = ReviewServer.start(new ReviewServer.Options(output, "Parisa", ReviewFixture.glossary(), false, 0),
                m -> { });
        Files.createDirectories(SHOTS);
        // Selenium warns that it has no DevTools bindings for this Chromium; WebDriver itself needs none.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                "--user-data-dir=" + tmp.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Browser.DRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File(SHOTS.resolve("chromedriver.log").toString())).build();
        try {
            browser = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private long version() {
        return (Long) js("return Number((document.getElementById('doc-name').textContent.match(/version (\\d+)/) || [0, -1])[1])");
    }

    /** Presses a key that changes the document and waits for the page to show the next version. */
    private void edit(CharSequence key) {
        long before = version();
        press(key);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> version() == before + 1);
    }

    private long current() {
        return (Long) js("return Number(document.querySelector('tr.bead.current').dataset.index)");
    }

    private String typeOf(long bead) {
        return (String) js("return document.querySelector('#bead-" + bead + " td.meta div').textContent.split(' ')[1]");
    }

    private void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name), png);
    }

    @Test
    void aReviewerSplitsMergesEditsAndAcceptsWithTheKeyboardAndTheXliffFollows() throws Exception {
        browser.get(server.address().toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> !d.findElements(By.cssSelector("tr.doc a")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("tr.doc")).getText()).contains(SEED).contains("44");
        shot("documents.png");
        press(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("tr.bead")).size() == 44);
        assertThat(browser.getCurrentUrl()).endsWith("/documents/" + SEED);
        assertThat(js("return getComputedStyle(document.querySelector('td.fa')).direction")).isEqualTo("rtl");
        assertThat(js("return getComputedStyle(document.querySelector('td.en')).direction")).isEqualTo("ltr");
        assertThat(current()).isZero();
        // the first bead names روسیه twice: its term is listed once, with the count
        assertThat(js("return Array.from(document.querySelectorAll('tr.bead')[0].querySelectorAll('ul.terms li'))"
                + ".map(li => li.textContent).filter(t => t.startsWith('روسیه')).join('|')"))
                .isEqualTo("روسیه = Russia ×2");
        shot("document.png");

        // the first bead pairs one Persian sentence with two English ones: cut the English, then join it again
        assertThat(typeOf(0)).isEqualTo("1-2");
        edit("S");
        assertThat(typeOf(0)).isEqualTo("1-1");
        assertThat(typeOf(1)).isEqualTo("0-1");
        edit("m");
        assertThat(typeOf(0)).isEqualTo("1-2");
        assertThat(browser.findElements(By.cssSelector("tr.bead"))).hasSize(44);

        // walk down to the first bead joining two Persian sentences and cut it
        while (!typeOf(current()).equals("2-1")) {
            long at = current();
            press("j");
            wait.until(d -> current() != at);
        }
        long twoOne = current();
        edit("s");
        assertThat(typeOf(twoOne)).isEqualTo("1-1");
        assertThat(typeOf(twoOne + 1)).isEqualTo("1-0");
        shot("split.png");

        // edit the English of the bead, then accept it
        press("e");
        WebElement box = wait.until(d -> d.findElement(By.cssSelector("tr.current textarea")));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        String english = "Edited in the browser: the reviewer's own sentence.";
        long before = version();
        box.sendKeys(english, Keys.ENTER);
        wait.until(d -> version() == before + 1);
        assertThat(browser.findElement(By.cssSelector("#bead-" + twoOne + " td.en .text")).getText()).isEqualTo(english);
        edit("a");
        assertThat(browser.findElement(By.cssSelector("#bead-" + twoOne + " .state")).getText()).isEqualTo("accepted");
        edit("u");
        assertThat(browser.findElement(By.cssSelector("#bead-" + twoOne + " .state")).getText()).isEqualTo("pending");
        edit("U");
        assertThat(browser.findElement(By.cssSelector("#bead-" + twoOne + " .state")).getText()).isEqualTo("accepted");
        shot("accepted.png");

        // the files on disk follow
        org.w3c.dom.Document xlf = xliff();
        NodeList segments = xlf.getElementsByTagNameNS(XLIFF2, "segment");
        int beads = 0;
        for (int i = 0; i < segments.getLength(); i++) {
            beads += ((Element) segments.item(i)).getAttribute("id").startsWith("s") ? 1 : 0;
        }
        assertThat(beads).as("bead segments (boilerplate is b…)").isEqualTo(45);
        Element accepted = segmentOf(segments, twoOne);
        assertThat(accepted.getAttribute("state")).isEqualTo("reviewed");
        assertThat(accepted.getElementsByTagNameNS(XLIFF2, "target").item(0).getTextContent()).isEqualTo(english);
        Element alone = segmentOf(segments, twoOne + 1);
        assertThat(alone.getElementsByTagNameNS(XLIFF2, "target").getLength()).isZero();
        assertThat(Files.readString(output.resolve(SEED).resolve(SEED + ".xlf")))
                .contains("<mda:meta type=\"reviewer\">Parisa</mda:meta>");
        assertThat(Files.readString(output.resolve("tm.tmx"))).contains("Edited in the browser");
        // and so do the batch's files: its memory, the OmegaT project's memory, which OmegaT inserts, and the index
        assertThat(Files.readString(output.resolve("batch.tmx"))).contains(english);
        assertThat(Files.readString(output.resolve("omegat/tm/auto/hamgam-aligned.tmx"))).contains(english);

        // the mouse splits where it clicks: between the first bead's two English sentences
        long clicked = version();
        js("document.getElementById('bead-0').scrollIntoView({block: 'center'})");
        browser.findElement(By.cssSelector("#bead-0 td.en button.cut")).click();
        wait.until(d -> version() == clicked + 1);
        assertThat(typeOf(0)).isEqualTo("1-1");
        assertThat(typeOf(1)).isEqualTo("0-1");
        edit("u");
        assertThat(typeOf(0)).isEqualTo("1-2");

        // flagged-only filter and the next-flagged key
        press("f");
        // the 1-0 bead made above is flagged (Persian without English), so the filter must leave rows, all flagged
        wait.until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("tr.bead"));
            return !shown.isEmpty() && shown.stream().allMatch(r -> r.getAttribute("class").contains("flagged"));
        });
        shot("flagged.png");
        press("f");

        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("console errors").isEmpty();

        // the batch's index page, as a reader opens it from the disk, counts the beads as they are now
        browser.get(output.resolve("index.html").toUri().toString());
        assertThat(browser.findElement(By.tagName("p")).getText()).startsWith("1 document, 45 beads");
        assertThat(browser.findElement(By.cssSelector("tr.doc")).getText()).contains("1-0: 1").contains("2-1: 1");
        shot("index-after-review.png");
    }

    @Test
    void aStaleTabIsToldAndReloaded() throws Exception {
        browser.get(server.address().resolve("/documents/" + SEED).toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(d -> d.findElements(By.cssSelector("tr.bead")).size() == 44);
        // another tab merges the first two beads
        new ReviewFixture.Client(server.address(), server.token())
                .edit(java.util.Map.of("version", 0, "op", "merge", "bead", 0));
        press("a");
        wait.until(d -> d.findElements(By.cssSelector("tr.bead")).size() == 43);
        assertThat(browser.findElement(By.id("message")).getText()).contains("another tab");
        assertThat(version()).isEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("#bead-0 .state")).getText()).isEqualTo("pending");
    }

    private org.w3c.dom.Document xliff() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(output.resolve(SEED).resolve(SEED + ".xlf").toFile());
    }

    private static Element segmentOf(NodeList segments, long bead) {
        for (int i = 0; i < segments.getLength(); i++) {
            Element e = (Element) segments.item(i);
            if (e.getAttribute("id").equals("s" + (bead + 1))) {
                return e;
            }
        }
        throw new AssertionError("no segment s" + (bead + 1));
    }
}
