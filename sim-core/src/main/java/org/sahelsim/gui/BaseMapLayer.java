package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.sahelsim.map.MaliMap;
import org.sahelsim.map.MapRenderer;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;

/**
 * One layer of the base map (relief, water, borders, roads, redoubt) drawn by {@link MapRenderer}
 * into an image cached at the size it is shown, so that a display repaint costs one image copy.
 * The image is redrawn only when the zoom changes. Its field is the {@link MaliMap}.
 */
public final class BaseMapLayer extends FieldPortrayal2D {
    /** Largest width the layer is rendered at; beyond it the image is scaled up. */
    static final int MAX_RENDER_WIDTH = 3200;

    public enum Kind { RELIEF, WATER, BORDERS, ROADS, REDOUBT }

    private final Kind kind;
    private BufferedImage cached;
    private int cachedWidth = -1;

    public BaseMapLayer(Kind kind, MaliMap map) {
        this.kind = kind;
        setField(map);
        setImmutableField(true);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Rectangle2D.Double d = info.draw;
        int w = (int) Math.max(200, Math.min(MAX_RENDER_WIDTH, Math.round(d.width)));
        BufferedImage img = image(w);
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, (int) Math.round(d.x), (int) Math.round(d.y), (int) Math.round(d.width), (int) Math.round(d.height), null);
        if (old != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    synchronized BufferedImage image(int widthPx) {
        if (cached == null || cachedWidth != widthPx) {
            cached = render((MaliMap) getField(), widthPx);
            cachedWidth = widthPx;
        }
        return cached;
    }

    private BufferedImage render(MaliMap map, int widthPx) {
        MapRenderer r = new MapRenderer(map, widthPx);
        BufferedImage img;
        if (kind == Kind.RELIEF) {
            img = r.newImage();
            r.drawGround(img);
            return img;
        }
        img = new BufferedImage(r.width(), r.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = r.graphics(img);
        switch (kind) {
            case WATER -> r.drawWater(g);
            case BORDERS -> r.drawBorders(g);
            case ROADS -> r.drawRoads(g);
            case REDOUBT -> r.drawRegions(g);
            default -> throw new IllegalStateException("unhandled layer " + kind);
        }
        g.dispose();
        return img;
    }
}
