package org.entente.chart;

/** STUB so that branch cli compiles before branch chart is merged; replaced by the real enum on merge. */
public enum ChartSize { SLIDE, DOC }
