package org.sahelsim.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JEditorPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;
import org.sahelsim.cli.SahelCli;
import sim.display.Console;

/**
 * Drives {@code sahel gui} as a user would, in its own JVM on an X display (see {@link GuiTest}):
 * runs the command, presses play, pauses after some days, takes screenshots with
 * {@link Robot}, stops and plays again (the next replication), then closes the Console.
 * Prints one {@code key=value} line per observation for the test to check.
 *
 * <p>Arguments: scenario file, output directory, days to play.
 */
public final class GuiDriver {
    private GuiDriver() {}

    /** The text shown by the first editor pane inside a component (MASON's HTMLBrowser holds one). */
    static String textOf(Component c) {
        if (c instanceof JEditorPane pane) {
            try {
                return pane.getDocument().getText(0, pane.getDocument().getLength());
            } catch (BadLocationException e) {
                return "";
            }
        }
        if (c instanceof Container box) {
            for (Component child : box.getComponents()) {
                String t = textOf(child);
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return "";
    }

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        Path out = Path.of(args[1]);
        int days = Integer.parseInt(args[2]);
        AtomicInteger exit = new AtomicInteger(-1);
        Thread cli = new Thread(() -> exit.set(SahelCli.execute("gui", scenario, "--seed", "1")), "sahel-gui");
        cli.start();

        Console console = waitForConsole(30_000);
        SahelWithUI gui = (SahelWithUI) console.getSimulation();
        System.out.println("title=" + console.getTitle());
        System.out.println("modelTab=" + (console.getModelInspector() != null));
        AtomicReference<String> about = new AtomicReference<>("");
        SwingUtilities.invokeAndWait(() -> {
            JTabbedPane tabs = console.getTabPane();
            int i = tabs.indexOfTab("About");
            about.set(i < 0 ? "" : textOf(tabs.getComponentAt(i)));
        });
        System.out.println("aboutScenario=" + about.get().contains("Scenario: serval-2013"));
        System.out.println("aboutDayPlan=" + about.get().contains("1. calendar and scenario events"));
        System.out.println("aboutRendered=" + !about.get().contains("<h3>"));
        SwingUtilities.invokeAndWait(console::pressPlay);
        long deadline = System.currentTimeMillis() + 30_000;
        while (gui.model().day() < days && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        SwingUtilities.invokeAndWait(console::pressPause);
        System.out.println("day=" + gui.model().day());
        System.out.println("date=" + gui.model().date());
        System.out.println("title=" + console.getTitle());
        Thread.sleep(800); // let the display and charts repaint after the last step
        SwingUtilities.invokeAndWait(() -> { });

        Robot robot = new Robot();
        AtomicReference<Rectangle> mapArea = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            var inside = gui.display().insideDisplay;
            var p = inside.getLocationOnScreen();
            mapArea.set(new Rectangle(p.x, p.y, inside.getVisibleRect().width, inside.getVisibleRect().height));
        });
        BufferedImage map = robot.createScreenCapture(mapArea.get());
        ImageIO.write(map, "png", out.resolve("gui-map.png").toFile());
        BufferedImage screen = robot.createScreenCapture(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
        ImageIO.write(screen, "png", out.resolve("gui-screen.png").toFile());
        System.out.println("screenshots=" + out.toAbsolutePath());

        // stop, play again: a new replication with the next seed, from day 0
        SwingUtilities.invokeAndWait(console::pressStop);
        SwingUtilities.invokeAndWait(console::pressPlay);
        deadline = System.currentTimeMillis() + 20_000;
        while (gui.model().day() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        SwingUtilities.invokeAndWait(console::pressStop);
        System.out.println("secondSeed=" + gui.model().seed());
        System.out.println("secondTitle=" + console.getTitle());

        SwingUtilities.invokeLater(console::doClose);
        cli.join(20_000);
        System.out.println("exit=" + exit.get());
        System.out.flush();
        System.exit(exit.get() == 0 ? 0 : 1);
    }

    private static Console waitForConsole(long ms) throws InterruptedException {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            for (Frame f : Frame.getFrames()) {
                // under load the frame can show before MASON has attached the simulation and its title:
                // wait for both, or the driver reads a half-built console
                if (f instanceof Console c && c.isShowing() && c.getSimulation() != null && c.getTitle() != null) {
                    return c;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no Console appeared within " + ms + " ms");
    }

}
