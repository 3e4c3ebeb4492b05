package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.MapRenderer;
import org.sahelsim.model.SahelModel;

/**
 * Pictures of a run's state without a screen: the portrayals of the live display
 * ({@link MapLayers}) drawn into a {@link BufferedImage}. {@code Display2D} itself needs a
 * screen; its field portrayals do not.
 *
 * <p>From the model alone the picture shows the map, towns, units, the strikes and attacks of the
 * last days and the legend, so that a caller holding a model (the {@code run} command at its
 * snapshot days) needs nothing else. With a {@link RunView} installed on the model from its
 * start it can also show the heat map of jihadist presence.
 */
public final class SnapshotRenderer {
    /** Default width of a snapshot in pixels. */
    public static final int DEFAULT_WIDTH_PX = 1400;

    private SnapshotRenderer() {}

    /** Height of a picture {@code widthPx} wide, in the map's projection. */
    public static int heightFor(int widthPx) {
        return new MapRenderer(MaliMap.get(), widthPx).height();
    }

    /**
     * The model as it is now, with the strikes and attacks of its last days (kept by the model);
     * no heat map, which needs a view that listened to the whole run.
     */
    public static BufferedImage render(SahelModel model, int widthPx) {
        RunView view = new RunView(model, null, SahelModel.RECENT_DAYS).loadRecentEvents();
        return render(view, widthPx, false);
    }

    /**
     * A run's state with the markers of its last days; {@code presence} adds the heat map.
     * The view's fields are brought up to date with the model first.
     */
    public static BufferedImage render(RunView view, int widthPx, boolean presence) {
        if (widthPx < 300 || widthPx > 6000) {
            throw new IllegalArgumentException("snapshot width must be 300..6000 px, not " + widthPx);
        }
        view.sync();
        int heightPx = heightFor(widthPx);
        MapLayers layers = new MapLayers(view.model().map());
        layers.setView(view);
        BufferedImage img = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        layers.draw(g, new Rectangle2D.Double(0, 0, widthPx, heightPx),
                l -> presence || !(l.portrayal() instanceof PresenceLayer));
        g.dispose();
        return img;
    }

    /** Writes {@link #render(SahelModel, int)} at the default width as a PNG, atomically. */
    public static void write(SahelModel model, Path file) throws IOException {
        writePng(render(model, DEFAULT_WIDTH_PX), file);
    }

    /** Writes {@link #render(RunView, int, boolean)} as a PNG, atomically. */
    public static void write(RunView view, Path file, int widthPx, boolean presence) throws IOException {
        writePng(render(view, widthPx, presence), file);
    }

    /** Writes to a temporary file next to the target, then renames it into place. */
    static void writePng(BufferedImage img, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        // not createTempFile: it makes the file mode 0600, unlike every other output (the umask's 0644)
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (!ImageIO.write(img, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
