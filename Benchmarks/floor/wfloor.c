/* The "floor" of the W(N) benchmark (Benchmarks/asyncio/w_*.py, from tasks_semaphore.py):
 * the same schedule computed by a minimal discrete-event simulation, with no interpreter,
 * no coroutines and no event loop: a binary heap of timers and a FIFO queue of waiters.
 *
 *   N tasks start at t=0 in order 0..N-1; each does 10 rounds k=0..9 of
 *     acquire Semaphore(1000) (FIFO), sleep 0.001*(1+(i+k)%7), release.
 *   release hands the permit to the first waiter (asyncio's _wake_up_next); the
 *   releasing task then queues again at the tail.  Time is in whole milliseconds.
 *
 * Usage: wfloor N      prints what W(N) prints: "done N tasks" and the final virtual time
 *                      as Python prints round(t, 3) (W(1k) 0.046, W(10k) 0.404, W(100k) 4.004).
 * Build: gcc -O2 -o wfloor wfloor.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { long at; long seq; int task; } Timer;

static Timer *heap;
static long heap_n;

static int less(const Timer *a, const Timer *b) {
    return a->at < b->at || (a->at == b->at && a->seq < b->seq);
}

static void push(Timer t) {
    long k = heap_n++;
    while (k > 0) {
        long p = (k - 1) / 2;
        if (!less(&t, &heap[p])) break;
        heap[k] = heap[p];
        k = p;
    }
    heap[k] = t;
}

static Timer pop(void) {
    Timer top = heap[0], last = heap[--heap_n];
    long k = 0;
    for (;;) {
        long c = 2 * k + 1;
        if (c >= heap_n) break;
        if (c + 1 < heap_n && less(&heap[c + 1], &heap[c])) c++;
        if (!less(&heap[c], &last)) break;
        heap[k] = heap[c];
        k = c;
    }
    heap[k] = last;
    return top;
}

/* FIFO of waiting task ids: a ring buffer of capacity N (each task waits at most once). */
static int *q;
static long q_cap, q_head, q_len;
static void q_push(int t) { q[(q_head + q_len++) % q_cap] = t; }
static int q_pop(void) { int t = q[q_head]; q_head = (q_head + 1) % q_cap; q_len--; return t; }

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 100000;
    const int permits = 1000, rounds = 10;
    int *round_of = calloc(n, sizeof *round_of);
    heap = malloc(sizeof *heap * (size_t)(n + 1));
    q_cap = n;
    q = malloc(sizeof *q * (size_t)n);
    long seq = 0, now = 0;
    int value = permits;

    /* a task that holds the permit starts its sleep for its current round */
#define SLEEP(t) push((Timer){ now + 1 + ((t) + round_of[t]) % 7, seq++, (t) })
    for (int i = 0; i < n; i++) {
        if (value > 0 && q_len == 0) { value--; SLEEP(i); }
        else q_push(i);
    }
    while (heap_n > 0) {
        Timer t = pop();
        now = t.at;
        int i = t.task;
        /* release: the permit goes to the first waiter, who starts its sleep now */
        if (q_len > 0) { int w = q_pop(); SLEEP(w); }
        else value++;
        if (++round_of[i] < rounds) {       /* acquire again */
            if (value > 0 && q_len == 0) { value--; SLEEP(i); }
            else q_push(i);
        }
    }
    /* print the time as Python prints round(t, 3): "4.004", "1.0", "0.05" */
    char buf[64];
    snprintf(buf, sizeof buf, "%.3f", now / 1000.0);
    size_t len = strlen(buf);
    while (len > 0 && buf[len - 1] == '0' && buf[len - 2] != '.') buf[--len] = 0;
    printf("done %d tasks\n%s\n", n, buf);
    return 0;
}
