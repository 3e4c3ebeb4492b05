package org.sahelsim.experiment;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** What the PNG figures of the studies (calibration posterior, paired differences) share. */
public final class Figures {
    private Figures() {}

    /**
     * Starts a figure on {@code img}: anti-aliased shapes and text, a white background, and the title
     * in bold 22 pt black at the top left; returns the graphics to draw the rest with.
     */
    public static Graphics2D start(BufferedImage img, String title) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString(title, 24, 34);
        return g;
    }
}
