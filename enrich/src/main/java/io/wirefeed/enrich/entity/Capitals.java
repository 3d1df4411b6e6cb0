package io.wirefeed.enrich.entity;

/** Whether a text is written in capitals (a headline on the wire), where capitals say nothing about names. */
final class Capitals {

    private Capitals() {
    }

    /** Three quarters or more of its letters are capitals. */
    static boolean shouting(String text) {
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                capitals += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 8 && capitals * 4 >= letters * 3;
    }
}
