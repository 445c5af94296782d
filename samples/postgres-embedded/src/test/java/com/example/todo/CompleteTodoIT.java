package com.example.todo;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CompleteTodoIT extends TodoTestSupport {
    @Test
    void completedTodosAreNotOpen() throws Exception {
        long id = todos.add("pay the bill");
        todos.complete(id);
        work();
        assertFalse(todos.open().contains("pay the bill"));
        todos.deleteCompleted();
    }
}
