package io.hebbian.replay.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hebbian.replay.TestRuns;
import io.hebbian.replay.trajectory.Trajectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens a generated replay page in headless Chromium (Debian's chromium and chromium-driver, no
 * driver download) and checks it renders: no console errors, a non-blank WebGL canvas, and the
 * time slider changes the picture.
 */
@Timeout(180)
class ReplayPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void pageRendersWithoutErrorsAndTheSliderMovesTheRobots(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        List<Trajectory> runs = TestRuns.record(300, 10, "intact", "damaged-left-front");
        Path page = dir.resolve("replay.html");
        ReplayPage.write(runs, "test replay", page);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--use-angle=swiftshader",
                "--enable-unsafe-swiftshader", "--window-size=1200,760",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(new File(dir.toFile(), "chromedriver.log")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(page.toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) d).executeScript("return !!(window.replay && window.replay.ready)")));
            assertThat(driver.findElement(By.id("message")).isDisplayed()).as("WebGL failure message").isFalse();
            WebElement canvas = driver.findElement(By.id("scene"));
            WebElement slider = driver.findElement(By.id("time"));
            slider.sendKeys(Keys.HOME);
            waitForFrame(driver, 0);
            BufferedImage start = screenshot(canvas);
            slider.sendKeys(Keys.END);
            waitForFrame(driver, 300);
            BufferedImage end = screenshot(canvas);

            assertThat(distinctColours(start)).as("colours on the canvas at step 0").isGreaterThan(50);
            assertThat(changedFraction(start, end)).as("fraction of canvas pixels changed by the slider")
                    .isGreaterThan(0.01);
            assertThat(driver.findElement(By.id("clock")).getText()).startsWith("step 300 / 300");
            assertThat(driver.findElements(By.cssSelector("#heatmaps canvas"))).hasSize(3);
            List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertThat(errors).as("console errors").isEmpty();
        } finally {
            driver.quit();
        }
    }

    private static void waitForFrame(ChromeDriver driver, long frame) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Long.valueOf(frame).equals(
                ((JavascriptExecutor) d).executeScript("return window.replay.frame")));
    }

    private static BufferedImage screenshot(WebElement e) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(e.getScreenshotAs(OutputType.BYTES)));
    }

    private static long distinctColours(BufferedImage img) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static double changedFraction(BufferedImage a, BufferedImage b) {
        int w = Math.min(a.getWidth(), b.getWidth());
        int h = Math.min(a.getHeight(), b.getHeight());
        long n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return (double) n / ((long) w * h);
    }
}
