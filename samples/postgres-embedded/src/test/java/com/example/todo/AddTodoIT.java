package com.example.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AddTodoIT extends TodoTestSupport {
    private long added;

    @Test
    void addsATodo() throws Exception {
        int before = todos.count();
        added = todos.add("book the train");
        work();
        assertEquals(before + 1, todos.count());
    }

    @AfterEach
    void removeIt() throws Exception {
        todos.complete(added);
        todos.deleteCompleted();
    }
}
