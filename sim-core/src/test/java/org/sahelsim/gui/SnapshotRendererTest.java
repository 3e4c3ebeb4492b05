package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.agents.TownAgent;
import org.sahelsim.map.MaliMap;
import org.sahelsim.core.Faction;
import org.sahelsim.model.SahelModel;
import org.sahelsim.core.Side;
import org.sahelsim.model.TestScenarios;
import org.sahelsim.scenario.Scenario;

/** The portrayals drawn headless: what a user sees in a snapshot of serval-2013. */
class SnapshotRendererTest {
    static final int WIDTH = 1000;

    static SahelModel started(long seed) {
        Scenario s = TestScenarios.read("serval-2013");
        SahelModel m = new SahelModel(s, TestScenarios.parameters(s), seed);
        return m;
    }

    static Color pixelAtTown(BufferedImage img, SahelModel m, String town) {
        TownAgent t = m.world().town(town);
        int x = (int) Math.floor(t.centreX() * img.getWidth() / MaliMap.WIDTH);
        int y = (int) Math.floor(t.centreY() * img.getHeight() / MaliMap.HEIGHT);
        return new Color(img.getRGB(x, y));
    }

    static int distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    static long pixelsNear(BufferedImage img, Color c, int tolerance) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (distance(new Color(img.getRGB(x, y)), c) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    static void keep(BufferedImage img, String name) throws IOException {
        Path dir = Path.of("target", "gui-pictures");
        Files.createDirectories(dir);
        ImageIO.write(img, "png", dir.resolve(name).toFile());
    }

    @Test
    void theStartOfServalShowsTheMapAndTownsInTheColoursOfTheirControllers() throws IOException {
        SahelModel m = started(1);
        m.start();
        BufferedImage img = SnapshotRenderer.render(m, WIDTH);
        keep(img, "serval-day0.png");
        assertEquals(WIDTH, img.getWidth());
        assertEquals(SnapshotRenderer.heightFor(WIDTH), img.getHeight());

        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 2000, "a map has thousands of colours, this picture " + colours.size());

        assertTrue(distance(pixelAtTown(img, m, "Bamako"), Palette.side(Side.GOVERNMENT)) < 30, "Bamako is the government's");
        assertTrue(distance(pixelAtTown(img, m, "Gao"), Palette.side(Side.JIHADIST)) < 30, "Gao is MUJAO's");
        assertTrue(distance(pixelAtTown(img, m, "Kidal"), Palette.side(Side.JIHADIST)) < 30, "Kidal is Ansar Dine's");
        assertTrue(distance(pixelAtTown(img, m, "Tinzaouaten"), Palette.side(Side.SEPARATIST)) < 30, "Tinzaouaten is the MNLA's");
    }

    @Test
    void aTownChangingHandsChangesColour() {
        SahelModel m = started(1);
        m.start();
        Color before = pixelAtTown(SnapshotRenderer.render(m, WIDTH), m, "Mopti");
        m.world().town("Mopti").setControl(Side.JIHADIST, Faction.MUJAO, 0);
        Color after = pixelAtTown(SnapshotRenderer.render(m, WIDTH), m, "Mopti");
        assertTrue(distance(before, Palette.side(Side.GOVERNMENT)) < 30, "Mopti starts with the government: " + before);
        assertTrue(distance(after, Palette.side(Side.JIHADIST)) < 30, "and is drawn black once MUJAO holds it: " + after);
    }

    @Test
    void strikesOfTheLastDaysAndThePresenceHeatMapAppearWithARunView() throws IOException {
        SahelModel m = started(3);
        RunView view = new RunView(m).install();
        m.start();
        view.reset();
        for (int d = 0; d < 12; d++) {
            m.schedule.step(m);
        }
        List<RunView.Marker> markers = view.markers();
        assertTrue(markers.stream().anyMatch(k -> k.kind() == RunView.Kind.AIR_STRIKE),
                "France flies sorties from day 4 of serval-2013: " + markers);
        BufferedImage plain = SnapshotRenderer.render(view, WIDTH, false);
        BufferedImage heat = SnapshotRenderer.render(view, WIDTH, true);
        keep(plain, "serval-day12.png");
        keep(heat, "serval-day12-presence.png");
        assertTrue(pixelsNear(plain, MarkerLayer.STRIKE, 40) > 20, "the strike markers are drawn");
        BufferedImage fromModel = SnapshotRenderer.render(m, WIDTH);
        assertTrue(pixelsNear(fromModel, MarkerLayer.STRIKE, 40) > 20, "the model's own recent events give the same markers");
        assertTrue(view.presenceMax() > 0);
        long changed = 0;
        for (int y = 0; y < plain.getHeight(); y += 2) {
            for (int x = 0; x < plain.getWidth(); x += 2) {
                if (plain.getRGB(x, y) != heat.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 500, "the heat map tints the places held by jihadist fighters: " + changed);
    }

    @Test
    void writeLeavesOnlyTheFinishedPng(@TempDir Path dir) throws IOException {
        SahelModel m = started(1);
        m.start();
        Path file = dir.resolve("snapshot-0.png");
        SnapshotRenderer.write(m, file);
        BufferedImage back = ImageIO.read(file.toFile());
        assertEquals(SnapshotRenderer.DEFAULT_WIDTH_PX, back.getWidth());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertFalse(Files.exists(dir.resolve("snapshot-0.png.tmp")));
    }
}
