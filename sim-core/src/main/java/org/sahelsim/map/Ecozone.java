package org.sahelsim.map;

/** Climate zone of a cell from July rainfall (Legates and Willmott 1989): see {@link MaliMap#ecozone}. */
public enum Ecozone {
    SAHARA, SAHEL, SAVANNA
}
