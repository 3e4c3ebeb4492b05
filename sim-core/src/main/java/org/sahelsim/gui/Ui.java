package org.sahelsim.gui;

import sim.portrayal.DrawInfo2D;

/** Sizes of text and marks that follow the size of the picture, not the zoom. */
final class Ui {
    private Ui() {}

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
