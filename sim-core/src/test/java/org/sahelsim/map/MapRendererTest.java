package org.sahelsim.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** What a user sees on the rendered map, checked at the pixels where it must be. */
class MapRendererTest {
    private final MaliMap map = MaliMap.get();
    private final MapRenderer renderer = new MapRenderer(map, 800);
    private final BufferedImage img = renderer.render();

    @Test
    void projectionMapsTheWindowCornersToTheImageCorners() {
        assertEquals(0, renderer.pixelX(MaliMap.WEST), 1e-9);
        assertEquals(800, renderer.pixelX(MaliMap.EAST), 1e-9);
        assertEquals(0, renderer.pixelY(MaliMap.NORTH), 1e-9);
        assertEquals(renderer.height(), renderer.pixelY(MaliMap.SOUTH), 1);
        assertEquals(img.getHeight(), renderer.height());
    }

    @Test
    void theNigerIsBlueNearTimbuktuAndTheSaharaIsSandy() {
        // some pixel within 3 px of a Niger river cell centre near Timbuktu is water-blue
        Town timbuktu = map.town("Timbuktu");
        boolean blue = false;
        for (int y = timbuktu.y() - 2; y <= timbuktu.y() + 3 && !blue; y++) {
            for (int x = timbuktu.x() - 3; x <= timbuktu.x() + 3 && !blue; x++) {
                if (map.isRiver(x, y)) {
                    int px = (int) renderer.pixelX(map.lonOf(x));
                    int py = (int) renderer.pixelY(map.latOf(y));
                    for (int dy = -3; dy <= 3; dy++) {
                        for (int dx = -3; dx <= 3; dx++) {
                            Color c = new Color(img.getRGB(px + dx, py + dy));
                            blue |= c.getBlue() > c.getRed() + 40;
                        }
                    }
                }
            }
        }
        assertTrue(blue, "no blue water drawn near Timbuktu");
        Color desert = new Color(img.getRGB((int) renderer.pixelX(-5.0), (int) renderer.pixelY(21.0)));
        assertTrue(desert.getRed() > desert.getBlue() + 30, "Sahara should be sandy: " + desert);
    }
}
