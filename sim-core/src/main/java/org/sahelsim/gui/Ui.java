package org.sahelsim.gui;

import sim.portrayal.DrawInfo2D;

/** Sizes of text and marks that follow the size of the picture, not the zoom. */
final class Ui {
    private Ui() {}

    /** Turns on antialiasing for shapes and text; returns the hints to put back afterwards. */
    static java.awt.RenderingHints smooth(java.awt.Graphics2D g) {
        java.awt.RenderingHints old = (java.awt.RenderingHints) g.getRenderingHints().clone();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return old;
    }

    /** Runs {@code drawing} with antialiasing on, and puts the previous hints back afterwards. */
    static void smoothly(java.awt.Graphics2D g, Runnable drawing) {
        java.awt.RenderingHints old = smooth(g);
        try {
            drawing.run();
        } finally {
            g.setRenderingHints(old);
        }
    }

    /**
     * 1 for a map shown about 900 pixels wide, more for large snapshots, a little less for small
     * windows. Read from the visible part of the display ({@code clip}), which does not grow when
     * the user zooms in.
     */
    static double scale(DrawInfo2D info) {
        double w = Math.min(info.clip.width, info.clip.height * 1.05);
        return Math.max(0.8, Math.min(2.5, w / 900.0));
    }
}
