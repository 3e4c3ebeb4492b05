package org.sahelsim.core;

/**
 * Where the men of a side stand at the end of a day, cell by cell (cell = y * width + x of the
 * model's grid): a per-day view that the model hands to listeners that ask for it.
 */
public interface Presence {
    /** Receives one occupied cell and the strength standing in it. */
    interface CellVisitor {
        void visit(int cell, double strength);
    }

    /** Visits every unit of the side standing on the grid (alive, strength above zero), in unit order. */
    void forEach(Side side, CellVisitor visitor);
}
