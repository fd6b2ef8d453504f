package org.entente.cli;

/**
 * Start-up work done on a spare core while the main thread does something else: loading and initialising
 * classes that a later step needs anyway. Nothing it does changes an output; a failure here is ignored, since
 * the step that needs the class will meet it again and report it properly.
 */
final class Preload {
  private Preload() {}

  /**
   * Tablesaw's {@code Table} scans the whole classpath (a 30,000-entry jar) for its readers and writers when the
   * class is first initialised, about half a second that the dataset writer would otherwise wait for at the end.
   */
  static void tables() {
    start("entente-preload-tables", () -> initialise("tech.tablesaw.api.Table"));
  }

  /** AWT's headless graphics, the image writers and JFreeChart, that {@code run} needs once coding is done. */
  static void charts() {
    start("entente-preload-charts", () -> {
      System.setProperty("java.awt.headless", "true");
      java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment();
      javax.imageio.ImageIO.getImageWritersByFormatName("png");
      initialise("org.jfree.chart.JFreeChart");
      initialise("org.jfree.chart.plot.XYPlot");
      initialise("org.jfree.chart.plot.CategoryPlot");
      new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics().dispose();
    });
  }

  private static void initialise(String className) {
    try {
      Class.forName(className, true, Preload.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      // the step that needs it reports it
    }
  }

  private static void start(String name, Runnable work) {
    Thread t = new Thread(() -> {
      try {
        work.run();
      } catch (RuntimeException | LinkageError e) {
        // as above: the step that needs it reports it
      }
    }, name);
    t.setDaemon(true);
    t.start();
  }
}
