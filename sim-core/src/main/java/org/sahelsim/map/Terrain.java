package org.sahelsim.map;

/**
 * Terrain class of a cell, derived from the other layers (see {@link MaliMap#terrain}): water and
 * the inner delta first, then mountains, then the ecozone.
 */
public enum Terrain {
    DESERT, SAHEL, SAVANNA, RIVER, MOUNTAIN
}
