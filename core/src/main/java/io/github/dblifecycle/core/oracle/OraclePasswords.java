package io.github.dblifecycle.core.oracle;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Random passwords for the template and clone users: 24 characters with at least two upper-case letters, two
 * lower-case letters, two digits and two of {@code _ #}, which satisfies Oracle's stock verify functions
 * (ORA12C_STRONG_VERIFY_FUNCTION is the strictest), and never a double quote (they are written quoted).
 */
final class OraclePasswords {
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SPECIAL = "_#";
    private static final String ALL = UPPER + LOWER + DIGITS;
    static final int LENGTH = 24;

    private OraclePasswords() {}

    static String generate(SecureRandom random) {
        List<Character> chars = new ArrayList<>(LENGTH);
        for (String set : List.of(UPPER, UPPER, LOWER, LOWER, DIGITS, DIGITS, SPECIAL, SPECIAL)) {
            chars.add(pick(set, random));
        }
        while (chars.size() < LENGTH - 1) {
            chars.add(pick(ALL, random));
        }
        Collections.shuffle(chars, random);
        StringBuilder password = new StringBuilder(LENGTH).append(pick(UPPER + LOWER, random)); // a letter first
        chars.forEach(password::append);
        return password.toString();
    }

    private static char pick(String set, SecureRandom random) {
        return set.charAt(random.nextInt(set.length()));
    }
}
