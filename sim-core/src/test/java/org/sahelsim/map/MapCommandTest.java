package org.sahelsim.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.cli.SahelCli;
import picocli.CommandLine;

/** The {@code sahel map} command as a user runs it. */
class MapCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SahelCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void pngIsAMapNotABlankImage() throws Exception {
        Path png = dir.resolve("mali.png");
        assertEquals(0, run("map", "--png", png.toString(), "--width", "600"), err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(600, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y) & 0xffffff);
            }
        }
        assertTrue(colours.size() > 500, "only " + colours.size() + " colours");
        // the renderer's projection puts Bamako's label next to Bamako's dot: the dot is drawn white-filled
        MapRenderer r = new MapRenderer(MaliMap.get(), 600);
        Town bamako = MaliMap.get().town("Bamako");
        int bx = (int) Math.round(r.pixelX(bamako.lon()));
        int by = (int) Math.round(r.pixelY(bamako.lat()));
        assertTrue(bx > 0 && bx < 600 && by > 0 && by < img.getHeight());
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }

    @Test
    void geojsonParsesWithAllFeatures() throws Exception {
        Path file = dir.resolve("mali.geojson");
        assertEquals(0, run("map", "--geojson", file.toString()), err.toString());
        JsonNode fc = new ObjectMapper().readTree(file.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> geometry = new HashMap<>();
        for (JsonNode f : fc.get("features")) {
            String layer = f.get("properties").get("layer").asText();
            counts.merge(layer, 1, Integer::sum);
            geometry.put(layer, f.get("geometry").get("type").asText());
            if (layer.equals("region")) {
                JsonNode ring = f.get("geometry").get("coordinates").get(0);
                assertEquals(ring.get(0), ring.get(ring.size() - 1), "polygon ring is closed");
            }
        }
        MaliMap map = MaliMap.get();
        assertEquals(map.towns().size(), counts.get("town"));
        assertEquals(map.roads().size(), counts.get("road"));
        assertEquals(map.regions().size(), counts.get("region"));
        assertEquals("Point", geometry.get("town"));
        assertEquals("LineString", geometry.get("road"));
        assertEquals("Polygon", geometry.get("region"));
        // GeoJSON order is lon, lat: Gao is at 0.04 W, 16.27 N
        for (JsonNode f : fc.get("features")) {
            if (f.get("properties").path("name").asText().equals("Gao")) {
                assertEquals(-0.04, f.get("geometry").get("coordinates").get(0).asDouble(), 0.01);
                assertEquals(16.27, f.get("geometry").get("coordinates").get(1).asDouble(), 0.01);
            }
        }
    }

    @Test
    void cellPrintsItsLayers() {
        assertEquals(0, run("map", "--cell", "16.27", "-0.04"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("country      Mali"), text);
        assertTrue(text.contains("priogrid gid 153000"), text);
        assertTrue(text.contains("nearest town Gao"), text);
        assertTrue(text.contains("river        yes"), text);
        assertTrue(text.contains("road         national"), text);
    }

    @Test
    void cellInTheIfoghasIsMountainousSaharaAwayFromWater() {
        Region ifoghas = MaliMap.get().region("ifoghas");
        int[] c = ifoghas.cells().stream()
                .filter(cell -> MaliMap.get().terrain(cell[0], cell[1]) == Terrain.MOUNTAIN)
                .findFirst().orElseThrow();
        MaliMap map = MaliMap.get();
        assertEquals(0, run("map", "--cell", Double.toString(map.latOf(c[1])), Double.toString(map.lonOf(c[0]))));
        assertTrue(out.toString().contains("terrain      mountain"), out.toString());
        assertTrue(out.toString().contains("ecozone      sahara"), out.toString());
        assertTrue(out.toString().contains("ifoghas"), out.toString());
    }

    @Test
    void badInputsAreOneLineUserErrorsWithExitCode2() {
        assertEquals(2, run("map", "--cell", "5", "5"));
        assertTrue(err.toString().contains("outside the map"), err.toString());
        assertEquals(2, run("map"));
        assertEquals(2, run("map", "--cell", "12"));
        assertEquals(2, run("map", "--cell", "north", "west"));
        assertEquals(2, run("map", "--png", dir.resolve("x.png").toString(), "--width", "10"));
        Path missingDir = dir.resolve("no/such/dir/x.png");
        assertEquals(2, run("map", "--png", missingDir.toString()));
        assertEquals(2, run("map", "--geojson", dir.toString()));
        assertFalse(Files.exists(missingDir));
        assertFalse(Files.exists(dir.resolve("x.png")), "nothing written on a bad width");
        assertFalse(err.toString().contains("Exception"), err.toString());
        for (String line : err.toString().split("\n")) {
            assertTrue(line.startsWith("sahel"), "one-line messages: " + line);
        }
    }
}
