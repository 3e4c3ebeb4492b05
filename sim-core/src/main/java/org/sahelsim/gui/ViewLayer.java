package org.sahelsim.gui;

import java.awt.Graphics2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.SimplePortrayal2D;

/**
 * A layer of the map drawn from the {@link RunView} as a whole rather than object by object
 * (labels, markers, the legend): nothing before a view is set, antialiased once it is.
 */
public abstract class ViewLayer extends FieldPortrayal2D {
    protected RunView view;

    public void setView(RunView view) {
        this.view = view;
        setField(view);
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new SimplePortrayal2D();
    }

    @Override
    public final void draw(Object object, Graphics2D g, DrawInfo2D info) {
        if (view == null) {
            return;
        }
        Ui.smoothly(g, () -> drawLayer(g, info));
    }

    protected abstract void drawLayer(Graphics2D g, DrawInfo2D info);
}
