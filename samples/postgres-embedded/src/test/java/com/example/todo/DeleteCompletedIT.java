package com.example.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeleteCompletedIT extends TodoTestSupport {
    @Test
    void deletesExactlyTheCompletedOnes() throws Exception {
        long a = todos.add("a");
        long b = todos.add("b");
        todos.complete(a);
        todos.complete(b);
        work();
        // Only this test's two rows may be completed: another fork's completed rows would be counted here.
        assertEquals(2, todos.deleteCompleted());
    }
}
