package io.github.dblifecycle.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page in a real browser: headless Chromium parses the inline SVG into one lane per fork and paints
 * the bars. Reported as skipped where no {@code chromium} is installed (Debian: {@code apt-get install chromium}),
 * except under CI (environment variable {@code CI=true}, which {@code .ci/run} sets): there a missing browser fails
 * the build, so that CI never goes green without the only rendering check. The screenshot stays in {@code target/chromium/} for a person to look at.
 */
class ChromiumRenderingTest {
    @TempDir
    Path profile;

    static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    private String run(String chromium, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,1400"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theTimelineIsParsedAndPaintedWithOneLanePerFork() throws Exception {
        String chromium = chromium();
        if (chromium == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but there is no chromium on the PATH: install it (Debian: apt-get "
                    + "install chromium), as .ci/run does; the report rendering test must run in CI.");
        }
        assumeTrue(chromium != null, "no chromium on the PATH");
        Path dir = Files.createDirectories(Path.of("target", "chromium")).toAbsolutePath();
        Path page = dir.resolve("report.html");
        Files.writeString(
                page,
                "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>report</title></head>" + "<body>"
                        + BuildRunRendererTest.html() + "</body></html>");

        String dom = run(chromium, "--dump-dom", page.toUri().toString());
        assertThat(count(dom, "<g class=\"lane\"")).isEqualTo(2);
        assertThat(count(dom, "<g class=\"bar test ")).isEqualTo(5);
        assertThat(dom).contains("</svg>");

        Path png = dir.resolve("report.png");
        Files.deleteIfExists(png);
        run(chromium, "--screenshot=" + png, page.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("screenshot").isNotNull();
        assertThat(pixels(image, 0x3c9a5f)).as("pixels of passed bars").isGreaterThan(1000);
        assertThat(pixels(image, 0xd64545)).as("pixels of failed bars").isGreaterThan(500);
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
