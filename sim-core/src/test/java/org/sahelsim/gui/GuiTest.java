package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.map.MaliMap;
import org.sahelsim.core.Side;

/**
 * The GUI on a real X server: {@code sahel gui serval-2013} played for 20 days, looked at, stopped,
 * played again and closed.
 *
 * <p>The GUI runs in a child JVM ({@link GuiDriver}) on an Xvfb this test starts on a free display
 * number ({@code -displayfd} lets Xvfb pick it). A child JVM rather than this one because
 * surefire runs tests with {@code java.awt.headless=true}, which AWT reads once per JVM, and
 * because closing MASON's last Console ends its JVM with {@code System.exit}. The test is
 * skipped, saying why, only when no X server can be started.
 */
class GuiTest {
    static final int DAYS = 20;
    private Process xvfb;
    private String display;

    @BeforeEach
    void startXServer() throws Exception {
        try {
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1200x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            Assumptions.abort("no X server can be started for the GUI test: Xvfb is not installed (" + e.getMessage() + ")");
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII));
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String n = null;
        try {
            n = number.get(15, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // reported below
        }
        if (n == null || !n.trim().matches("\\d+")) {
            xvfb.destroy();
            Assumptions.abort("no X server can be started for the GUI test: Xvfb gave no display number within 15 s");
        }
        display = ":" + n.trim();
    }

    @AfterEach
    void stopXServer() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void servalPlaysOnTheMapAndTheConsoleClosesCleanly() throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "gui-pictures"));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path scenario = Path.of("..", "scenarios", "serval-2013.json").toAbsolutePath().normalize();
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-Xmx512m", "-cp", classpath, GuiDriver.class.getName(),
                scenario.toString(), shots.toAbsolutePath().toString(), Integer.toString(DAYS));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process child = pb.start();
        CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                return r.lines().toList();
            } catch (IOException e) {
                return List.of("read failed: " + e);
            }
        });
        boolean ended = child.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        List<String> output = lines.get(10, TimeUnit.SECONDS);
        String all = String.join("\n", output);
        assertTrue(ended, "the GUI did not finish within 90 s:\n" + all);
        assertEquals(0, child.exitValue(), "the GUI's JVM ended with an error:\n" + all);
        assertTrue(output.stream().noneMatch(l -> l.contains("Exception")), "exceptions in the GUI's output:\n" + all);

        Map<String, List<String>> seen = new HashMap<>();
        for (String l : output) {
            int eq = l.indexOf('=');
            if (eq > 0) {
                seen.computeIfAbsent(l.substring(0, eq), k -> new ArrayList<>()).add(l.substring(eq + 1));
            }
        }
        assertEquals("SahelSim: serval-2013, seed 1", seen.get("title").get(0), all);
        assertEquals("true", seen.get("modelTab").get(0), "the Console has a Model tab");
        assertEquals("true", seen.get("aboutScenario").get(0), "the About tab names the scenario:\n" + all);
        assertEquals("true", seen.get("aboutDayPlan").get(0), "the About tab lists the day plan:\n" + all);
        assertEquals("true", seen.get("aboutRendered").get(0), "the About tab shows HTML, not its source:\n" + all);
        assertTrue(Integer.parseInt(seen.get("day").get(0)) >= DAYS, all);
        assertEquals("2", seen.get("secondSeed").get(0), "stop and play runs the next seed");
        assertEquals("SahelSim: serval-2013, seed 2", seen.get("secondTitle").get(0));

        BufferedImage map = ImageIO.read(shots.resolve("gui-map.png").toFile());
        assertTrue(map.getWidth() >= 400 && map.getHeight() >= 380, "map area " + map.getWidth() + "x" + map.getHeight());
        long land = 0;
        long government = 0;
        for (int y = 0; y < map.getHeight(); y++) {
            for (int x = 0; x < map.getWidth(); x++) {
                Color c = new Color(map.getRGB(x, y));
                if (c.getRed() > 150 && c.getRed() - c.getBlue() > 35 && c.getGreen() > c.getBlue()) {
                    land++; // sand, steppe and savanna tints of the relief layer
                }
                if (SnapshotRendererTest.distance(c, Palette.side(Side.GOVERNMENT)) < 40) {
                    government++;
                }
            }
        }
        double share = (double) land / ((long) map.getWidth() * map.getHeight());
        assertTrue(share > 0.3, "the screen shows the land of Mali and its neighbours: " + share);
        assertTrue(government > 100, "towns held by the government are drawn in blue: " + government + " px");
        int bx = (int) (map.getWidth() * (MaliMap.get().town("Bamako").x() + 0.5) / MaliMap.WIDTH);
        int by = (int) (map.getHeight() * (MaliMap.get().town("Bamako").y() + 0.5) / MaliMap.HEIGHT);
        // the display centres the map in its viewport, a few pixels off the corner: look around the spot
        boolean blue = false;
        for (int y = Math.max(0, by - 15); y < Math.min(map.getHeight(), by + 16); y++) {
            for (int x = Math.max(0, bx - 15); x < Math.min(map.getWidth(), bx + 16); x++) {
                blue |= SnapshotRendererTest.distance(new Color(map.getRGB(x, y)), Palette.side(Side.GOVERNMENT)) < 40;
            }
        }
        assertTrue(blue, "Bamako is drawn in the government's blue near (" + bx + ", " + by + ")");
    }
}
