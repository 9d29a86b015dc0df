package io.gridprobe.load.report;

/** A region's own health in one wall-clock second: the worst of the samples received in it. */
public record HealthPoint(long second, HealthSample sample) {
}
