package com.aftersales.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded randomness of the company generator: {@link SplittableRandom}, whose sequence for a seed is
 * specified, so that the same seed gives the same company on every JDK.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream for one part of the company (an employee, a branch), so parts do not shift each other. */
    static Dice of(long seed, String part, int index) {
        return new Dice(seed * 1_000_003L + part.hashCode() * 31L + index);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** An int in {@code from..to}, both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index into {@code weights}, drawn in proportion to them. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A decimal in {@code from..to} with {@code scale} decimals. */
    BigDecimal decimal(double from, double to, int scale) {
        return BigDecimal.valueOf(from + random.nextDouble() * (to - from)).setScale(scale, RoundingMode.HALF_UP);
    }
}
