package com.example.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenTodosIT extends TodoTestSupport {
    @Test
    void listsTheTemplatesTodos() throws Exception {
        work();
        assertEquals(List.of("water the plants", "write the report; send it", "call mum"), todos.open());
        assertCount(3);
    }
}
