package org.sahelsim.experiment;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.MapRenderer;
import org.sahelsim.map.Town;
import org.sahelsim.core.MetricColumns;
import org.sahelsim.core.Side;
import org.sahelsim.scenario.Scenario;

class StudyMapTest {
    @Test
    void townsTakeTheColourOfTheirMostLikelyControllerAndPresenceShowsAsHeat() throws Exception {
        MaliMap map = MaliMap.get();
        Scenario scenario = new Scenario("t", "T", "N", List.of(), LocalDate.of(2013, 1, 10), 10, List.of(), Map.of(), Map.of(), List.of());
        Summary summary = new Summary(scenario, new int[] {10}, 10);
        Town kidal = map.town("Kidal");
        Town gao = map.town("Gao");
        // heat in the Tigharghar, far from any town marker
        int hx = map.cellX(1.0);
        int hy = map.cellY(19.9);
        for (int run = 0; run < 3; run++) {
            Map<String, Side> end = new LinkedHashMap<>();
            end.put("Gao", Side.GOVERNMENT);
            end.put("Kidal", run == 0 ? Side.GOVERNMENT : Side.SEPARATIST);
            double[] presence = new double[MaliMap.WIDTH * MaliMap.HEIGHT];
            presence[hy * MaliMap.WIDTH + hx] = 500;
            double[][] metrics = {new double[MetricColumns.count()]};
            summary.add(new RunResult(run, run, "", "", "", metrics, end, Map.of("Gao", 5), presence));
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new StudyMap(map).write(summary, png);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        MapRenderer r = new MapRenderer(map, StudyMap.WIDTH_PX);
        assertEquals(r.width(), img.getWidth());
        assertEquals(r.height(), img.getHeight());
        assertEquals(StudyMap.SIDE_COLOURS.get(Side.GOVERNMENT).getRGB(), pixel(img, r.pixelX(gao.lon()), r.pixelY(gao.lat())));
        assertEquals(StudyMap.SIDE_COLOURS.get(Side.SEPARATIST).getRGB(), pixel(img, r.pixelX(kidal.lon()), r.pixelY(kidal.lat())));
        var cell = r.cellRect(hx, hy);
        Color hot = new Color(pixel(img, cell.getCenterX(), cell.getCenterY()));
        assertTrue(hot.getRed() > 150 && hot.getGreen() < 100 && hot.getBlue() < 100, "heat cell colour " + hot);
    }

    private static int pixel(BufferedImage img, double x, double y) {
        return img.getRGB((int) Math.round(x), (int) Math.round(y)) | 0xFF000000;
    }
}
